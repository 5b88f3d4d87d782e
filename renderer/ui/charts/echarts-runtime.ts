import { BarChart, GraphChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

/*
 * The charts the app draws, registered once. This module is only ever imported dynamically (see EChart),
 * so ECharts stays out of the first bundle. SVG rather than canvas: crisp at any zoom, selectable text,
 * and nothing for a Content-Security-Policy to object to.
 */
echarts.use([
  BarChart,
  GraphChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  SVGRenderer,
]);

export const { init } = echarts;
