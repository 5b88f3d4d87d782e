import type { ReportTable } from './reportBlocks';
import classes from './boardReport.module.css';
import { SourceLink } from './SourceLink';

const toneClass = { high: classes.toneHigh, medium: classes.toneMedium, low: classes.toneLow } as const;

/** A report table: caption, a header repeated on each printed page, rows that never split. */
export const ReportTableView = ({ table, print }: { table: ReportTable; print: boolean }) =>
  table.rows.length === 0 ? (
    <p className={classes.note}>
      <strong>{table.caption}</strong> — {table.empty}
    </p>
  ) : (
    <table className={classes.table}>
      <caption>{table.caption}</caption>
      <thead>
        <tr>
          {table.columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, index) => (
          <tr key={index}>
            {row.map((cell, column) => (
              <td
                key={column}
                className={[
                  cell.align === 'right' ? classes.right : '',
                  cell.tone ? toneClass[cell.tone] : '',
                ]
                  .filter(Boolean)
                  .join(' ')}
              >
                <SourceLink source={cell.source} print={print}>
                  {cell.text}
                </SourceLink>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
