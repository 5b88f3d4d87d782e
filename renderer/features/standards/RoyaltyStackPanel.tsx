import { Alert, Anchor, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Dependency } from '@shared/domain';
import { hasRoyaltyStack, royaltyStack, type RoyaltyStackPart } from '@shared/domain/standards';
import { paths } from '@renderer/paths';
import { useFormatNumber } from '@renderer/ui/useFormatNumber';
import { PatentCaveat } from './PatentCaveat';
import { useFormatMoney, useFormatRate } from './useFormatRate';
import { useStandardsData } from './useStandardsData';

const coverageColor = { licensed: 'green', supplier: 'teal', uncovered: 'red' } as const;

/**
 * The royalty stack per unit of a device or module: each holder with declared families on the standards
 * it implements, its rate and source, its coverage, what it adds per unit (or why nothing), and the total
 * per currency — an estimate, labelled as such. Nothing is shown for other dependencies.
 */
export const RoyaltyStackPanel = ({ dependency }: { dependency: Dependency }) => {
  const { t } = useTranslation();
  const format = useFormatNumber();
  const money = useFormatMoney();
  const formatRate = useFormatRate();
  const data = useStandardsData();
  const shown = hasRoyaltyStack(dependency);
  const stack = useMemo(
    () =>
      shown && data ? royaltyStack(data.index, dependency, data.rates, dependency.unitPrice) : undefined,
    [shown, data, dependency],
  );
  if (!shown) return null;

  const adds = (part: RoyaltyStackPart) =>
    part.counted
      ? money(part.amount ?? 0, part.currency)
      : t(`standards.stack.reason.${part.reason ?? 'noRate'}`);

  return (
    <Stack gap="xs" component="section" aria-labelledby="royalty-stack">
      <Group justify="space-between">
        <Title order={2} size="h3" id="royalty-stack">
          {t('standards.stack.title')}
        </Title>
        <Button variant="light" component={Link} to={paths.standards.rates}>
          {t('standards.royaltyRates')}
        </Button>
      </Group>
      <Alert color="blue" title={t('standards.stack.estimateTitle')}>
        {t('standards.stack.estimate')}
      </Alert>
      <PatentCaveat />
      {stack === undefined ? (
        <Text c="dimmed">{t('common.loading')}</Text>
      ) : stack.parts.length === 0 ? (
        <Text c="dimmed">{t('standards.stack.none')}</Text>
      ) : (
        <Table
          aria-label={t('standards.stack.tableLabel', { name: dependency.name })}
          withTableBorder
          striped
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('standards.parties.holder')}</Table.Th>
              <Table.Th>{t('standards.stack.standards')}</Table.Th>
              <Table.Th ta="right">{t('standards.parties.families')}</Table.Th>
              <Table.Th>{t('standards.parties.coverage')}</Table.Th>
              <Table.Th>{t('standards.rates.rate')}</Table.Th>
              <Table.Th>{t('standards.rates.source')}</Table.Th>
              <Table.Th ta="right">{t('standards.stack.perUnit')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {stack.parts.map((part) => (
              <Table.Tr key={part.partyId}>
                <Table.Td>
                  {part.vendorId ? (
                    <Anchor component={Link} to={paths.vendors.view(part.vendorId)}>
                      {part.name}
                    </Anchor>
                  ) : (
                    part.name
                  )}
                </Table.Td>
                <Table.Td>{part.standards.join(', ')}</Table.Td>
                <Table.Td ta="right">{format.integer(part.families)}</Table.Td>
                <Table.Td>
                  <Badge color={coverageColor[part.coverage]} variant="light">
                    {t(`standards.coverage.${part.coverage}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{part.rate ? formatRate(part.rate) : '—'}</Table.Td>
                <Table.Td>{part.rate?.source ?? '—'}</Table.Td>
                <Table.Td ta="right">{adds(part)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th colSpan={6}>{t('standards.stack.total')}</Table.Th>
              <Table.Th ta="right">
                {stack.totals.length === 0
                  ? money(0, dependency.unitPrice?.currency)
                  : stack.totals.map((total) => money(total.amount, total.currency)).join(' + ')}
              </Table.Th>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      )}
      <Text size="sm" c="dimmed">
        {dependency.unitPrice
          ? t('standards.stack.unitPrice', {
              price: money(dependency.unitPrice.amount, dependency.unitPrice.currency),
            })
          : t('standards.stack.noUnitPrice')}
      </Text>
    </Stack>
  );
};
