import { Box, Loader } from '@mantine/core';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { useEffect, useEffectEvent, useRef, useState } from 'react';

export interface EChartClick {
  dataType?: string;
  data?: unknown;
}

interface EChartProps {
  option: EChartsCoreOption;
  /** What the chart shows, in words: read by screen readers in place of the drawing. */
  label: string;
  height: number;
  onClick?: (event: EChartClick) => void;
  /** Called once the option is drawn (a printed report waits for every chart before printing). */
  onDrawn?: () => void;
}

/**
 * An ECharts chart, loaded on first use. The drawing is one image to assistive technology (role img, the
 * label as its name); every chart in the app sits next to a table or list holding the same figures.
 */
export const EChart = ({ option, label, height, onClick, onDrawn }: EChartProps) => {
  const container = useRef<HTMLDivElement>(null);
  const [chart, setChart] = useState<EChartsType>();
  const handleClick = useEffectEvent((event: EChartClick) => onClick?.(event));
  const drawn = useEffectEvent(() => onDrawn?.());

  useEffect(() => {
    let disposed = false;
    let instance: EChartsType | undefined;
    let observer: ResizeObserver | undefined;
    void import('./echarts-runtime').then(({ init }) => {
      if (disposed || !container.current) return;
      instance = init(container.current, null, { renderer: 'svg' });
      instance.on('click', (event) => handleClick(event));
      observer = new ResizeObserver(() => instance?.resize());
      observer.observe(container.current);
      setChart(instance);
    });
    return () => {
      disposed = true;
      observer?.disconnect();
      instance?.dispose();
    };
  }, []);

  useEffect(() => {
    if (!chart) return;
    chart.setOption(option, { notMerge: true });
    drawn();
  }, [chart, option]);

  return (
    <Box pos="relative" h={height}>
      <div ref={container} role="img" aria-label={label} style={{ width: '100%', height }} />
      {!chart && <Loader size="sm" pos="absolute" top="50%" left="50%" aria-hidden />}
    </Box>
  );
};
