import { Table, Text } from '@mantine/core';
import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatNumber } from '@renderer/ui/useFormatNumber';
import { domainRows, residualRows, type WhatIfColumn } from './comparisonModel';
import { useDecimal } from './useDecimal';
import { CostTotalCell, ExposureCell, HhiCell, LicenceCell, MixCell, ResidualCell } from './WhatIfCells';

interface WhatIfTableProps {
  columns: readonly WhatIfColumn[];
  riskTitle: (riskId: string) => string;
}

/**
 * Today and every option side by side: a row per figure (its name is the row's header), a column per
 * option (its title is the column's header), grouped by the criterion the figures feed.
 */
// Memoized: typing a weight re-ranks the options and must not redraw the what-if beside it.
export const WhatIfTable = memo(function WhatIfTable({ columns, riskTitle }: WhatIfTableProps) {
  const { t } = useTranslation();
  const format = useFormatNumber();
  const decimal = useDecimal();
  const width = columns.length + 1;
  const columnName = (column: WhatIfColumn) => column.title || t('decisionComparison.today');

  const group = (title: string, rows: ReactNode) => (
    <Table.Tbody key={title}>
      <Table.Tr>
        <Table.Th scope="rowgroup" colSpan={width} bg="var(--mantine-color-gray-light)">
          {title}
        </Table.Th>
      </Table.Tr>
      {rows}
    </Table.Tbody>
  );
  const row = (label: string, cell: (column: WhatIfColumn, index: number) => ReactNode) => (
    <Table.Tr key={label}>
      <Table.Th scope="row" fw={500} maw={260}>
        {label}
      </Table.Th>
      {columns.map((column, index) => (
        <Table.Td key={column.id}>{cell(column, index)}</Table.Td>
      ))}
    </Table.Tr>
  );
  const plain = (value: string) => <Text size="sm">{value}</Text>;
  const criterion = (name: 'cost' | 'time' | 'concentration' | 'sovereignty' | 'continuity' | 'licence') =>
    t(`decisionComparison.criteria.${name}`);
  const horizon = columns[0]?.whatIf.costs.horizonYears ?? 0;

  return (
    <Table.ScrollContainer minWidth={240 + 200 * columns.length}>
      <Table aria-label={t('decisionComparison.whatIf.tableLabel')} verticalSpacing="xs" withColumnBorders>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('decisionComparison.whatIf.criterion')}</Table.Th>
            {columns.map((column) => (
              <Table.Th scope="col" key={column.id}>
                {columnName(column)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        {group(
          criterion('concentration'),
          domainRows(columns).map((domainRow) =>
            row(
              t('decisionComparison.whatIf.domainHhi', {
                domain: t(`dependencies.domain.${domainRow.domain}`),
              }),
              (_column, index) => {
                const cell = domainRow.cells[index];
                return (
                  cell && <HhiCell concentration={cell.concentration} changed={index === 0 || cell.changed} />
                );
              },
            ),
          ),
        )}
        {group(criterion('sovereignty'), [
          row(t('decisionComparison.whatIf.exposedRow'), (column) => (
            <ExposureCell exposure={column.whatIf.exposure.after} />
          )),
          row(t('decisionComparison.whatIf.mixRow'), (column) => (
            <MixCell mix={column.whatIf.suppliers.after} />
          )),
        ])}
        {group(criterion('continuity'), [
          row(t('decisionComparison.whatIf.continuityRow'), (column) =>
            plain(decimal(column.whatIf.continuity.after.value)),
          ),
        ])}
        {group(criterion('licence'), [
          row(t('decisionComparison.whatIf.licenceRow'), (column) => (
            <LicenceCell standing={column.whatIf.licence.after} />
          )),
        ])}
        {residualRows(columns).length > 0 &&
          group(
            t('decisionComparison.whatIf.residualGroup'),
            residualRows(columns).map((residualRow) =>
              row(
                t('decisionComparison.whatIf.residualRow', { risk: riskTitle(residualRow.riskId) }),
                (_c, index) => {
                  const cell = residualRow.cells[index];
                  return (
                    cell && <ResidualCell figure={cell.figure} expected={index === 0 || cell.expected} />
                  );
                },
              ),
            ),
          )}
        {group(criterion('cost'), [
          row(t('decisionComparison.whatIf.oneOff'), (column) =>
            plain(format.integer(column.whatIf.costs.oneOff)),
          ),
          row(t('decisionComparison.whatIf.switching'), (column) =>
            plain(format.integer(column.whatIf.costs.switchingTotal)),
          ),
          row(t('decisionComparison.whatIf.annual'), (column) =>
            plain(format.integer(column.whatIf.costs.annualDelta)),
          ),
          row(t('decisionComparison.whatIf.total', { count: horizon }), (column) => (
            <CostTotalCell costs={column.whatIf.costs} />
          )),
        ])}
        {group(criterion('time'), [
          row(t('decisionComparison.whatIf.months'), (column) =>
            plain(decimal(column.whatIf.monthsToImplement)),
          ),
        ])}
      </Table>
    </Table.ScrollContainer>
  );
});
