import { useTranslation } from 'react-i18next';
import type { ReportTable } from '@shared/report/blocks/report-blocks';
import classes from './boardReport.module.css';
import { SourceLink } from './SourceLink';

const toneClass = { high: classes.toneHigh, medium: classes.toneMedium, low: classes.toneLow } as const;

/**
 * Rows the on-screen preview shows of one table: a register of 20,000 risks drawn in full would take
 * gigabytes and seconds on every change of an option. The print page and the Word file hold every row.
 */
export const previewRowLimit = 100;

/**
 * A report table: its caption (or the heading above that names it), a header repeated on each printed page,
 * rows that never split.
 */
export const ReportTableView = ({ table, print }: { table: ReportTable; print: boolean }) => {
  const { t } = useTranslation();
  const rows = print ? table.rows : table.rows.slice(0, previewRowLimit);
  const hidden = table.rows.length - rows.length;
  if (table.rows.length === 0) {
    return table.labelledBy ? (
      <p className={classes.note}>{table.empty}</p>
    ) : (
      <p className={classes.note}>
        <strong>{table.caption}</strong> — {table.empty}
      </p>
    );
  }
  return (
    <table className={classes.table} aria-labelledby={table.labelledBy}>
      {!table.labelledBy && <caption>{table.caption}</caption>}
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
        {rows.map((row, index) => (
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
      {hidden > 0 && (
        <tfoot>
          <tr>
            <td colSpan={table.columns.length} className={classes.note}>
              {t('reports.board.moreRows', { count: hidden })}
            </td>
          </tr>
        </tfoot>
      )}
    </table>
  );
};
