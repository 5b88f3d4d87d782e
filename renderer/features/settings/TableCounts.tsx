import { Table, type TableProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceTable } from '@shared/workspace/workspace-data';

/** A column of counts: its heading and each table's figure. */
export interface CountColumn<Name extends WorkspaceTable> {
  heading: string;
  count: (table: Name) => number;
}

/**
 * Counts per table of the workspace, one row each, headed by the table's name: what a restore replaces,
 * what a merge brings and what it did. `after` adds rows of the caller's own below.
 */
export const TableCounts = <Name extends WorkspaceTable>({
  tableHeading,
  columns,
  tables,
  after,
  ...tableProps
}: TableProps & {
  tableHeading: string;
  columns: readonly CountColumn<Name>[];
  tables: readonly Name[];
  after?: ReactNode;
}) => {
  const { t } = useTranslation();
  return (
    <Table {...tableProps}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{tableHeading}</Table.Th>
          {columns.map((column) => (
            <Table.Th key={column.heading} ta="right">
              {column.heading}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {tables.map((table) => (
          <Table.Tr key={table}>
            <Table.Th scope="row" fw="normal">
              {t(`workspaceFile.tables.${table}`)}
            </Table.Th>
            {columns.map((column) => (
              <Table.Td key={column.heading} ta="right">
                {column.count(table)}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
        {after}
      </Table.Tbody>
    </Table>
  );
};
