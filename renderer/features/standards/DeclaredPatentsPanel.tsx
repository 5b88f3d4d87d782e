import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { matchHolders, vendorDeclaredFamilies } from '@shared/domain/standards';
import { paths } from '@renderer/paths';
import { useFormatNumber } from '@renderer/ui/useFormatNumber';
import { PatentCaveat } from './PatentCaveat';
import { useStandardsData } from './useStandardsData';

/**
 * On a vendor's page: the patent families it declared essential, per standard, in each declaration set in
 * force (the ISLD export and the template are shown apart). Nothing is shown for a vendor that declared none.
 */
export const DeclaredPatentsPanel = ({ vendorId }: { vendorId: string }) => {
  const { t } = useTranslation();
  const format = useFormatNumber();
  const data = useStandardsData();
  const bySet = useMemo(
    () =>
      data?.inForce
        .map((set) => {
          const matches = matchHolders(set.aggregates.holders, data.vendors);
          const vendorIds = matches.map((match) => (match.status === 'matched' ? match.vendorId : undefined));
          return { set, rows: vendorDeclaredFamilies(set.aggregates, vendorIds, vendorId) };
        })
        .filter(({ rows }) => rows.length > 0) ?? [],
    [data, vendorId],
  );
  if (bySet.length === 0) return null;

  return (
    <Stack gap="xs" component="section" aria-labelledby="declared-patents">
      <Title order={2} size="h3" id="declared-patents">
        {t('standards.vendorPanel.title')}
      </Title>
      <PatentCaveat />
      {bySet.map(({ set, rows }) => (
        <Table
          key={set.id}
          aria-label={t('standards.vendorPanel.tableLabel', { fileName: set.fileName })}
          withTableBorder
          striped
        >
          <Table.Caption>
            {t('standards.vendorPanel.caption', {
              source: t(`standards.source.${set.source}`),
              fileName: set.fileName,
            })}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('standards.columns.standard')}</Table.Th>
              <Table.Th ta="right">{t('standards.columns.families')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.standard}>
                <Table.Td>
                  <Anchor component={Link} to={paths.standards.view(row.standard)}>
                    {row.standard}
                  </Anchor>
                </Table.Td>
                <Table.Td ta="right">{format.integer(row.families)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ))}
      <Text size="sm" c="dimmed">
        {t('standards.vendorPanel.note')}
      </Text>
    </Stack>
  );
};
