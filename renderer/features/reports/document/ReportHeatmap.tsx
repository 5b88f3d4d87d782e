import type { Heatmap } from '@shared/domain';
import classes from './boardReport.module.css';

interface ReportHeatmapProps {
  title: string;
  heatmap: Heatmap;
  axes: { likelihood: string; impact: string };
}

const levelClass = {
  low: classes['level-low'],
  medium: classes['level-medium'],
  high: classes['level-high'],
  critical: classes['level-critical'],
} as const;

/**
 * A 5×5 heatmap drawn as a table — likelihood 5 → 1 down, impact 1 → 5 across, the count of risks in each
 * cell, coloured by level — the same grid as on the Risks screen, crisp on paper and read cell by cell.
 */
export const ReportHeatmap = ({ title, heatmap, axes }: ReportHeatmapProps) => (
  <table className={classes.heatmap}>
    <caption>{title}</caption>
    <thead>
      <tr>
        <th scope="col">{`${axes.likelihood} ↓ / ${axes.impact} →`}</th>
        {[1, 2, 3, 4, 5].map((impact) => (
          <th key={impact} scope="col">
            {impact}
          </th>
        ))}
      </tr>
    </thead>
    <tbody>
      {[...heatmap].reverse().map((row) => (
        <tr key={row[0]?.likelihood}>
          <th scope="row">{row[0]?.likelihood}</th>
          {row.map((cell) => (
            <td key={cell.impact} className={levelClass[cell.level]}>
              {cell.riskIds.length > 0 ? cell.riskIds.length : ''}
            </td>
          ))}
        </tr>
      ))}
    </tbody>
  </table>
);
