import { Anchor, Button, Group, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RoyaltyRate } from '@shared/domain/standards';
import { paths } from '@renderer/paths';
import { PageTitle } from '@renderer/ui/PageTitle';
import { useFormatDate } from '@renderer/ui/useFormatDate';
import { RoyaltyRateModal } from './RoyaltyRateModal';
import { useConfirmDeleteRate } from './useConfirmDeleteRate';
import { useFormatRate } from './useFormatRate';
import { useHolderOptions } from './useHolderOptions';
import { useStandardsData } from './useStandardsData';

/** The dialog's state: closed, a new rate, or the rate being edited. */
type Editing = { rate?: RoyaltyRate } | undefined;

/**
 * The royalty rates of patent holders, each with its source and date: what the royalty stack of a device
 * adds up. A holder's most recently saved rate is the one used.
 */
export const RoyaltyRatesPage = () => {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const formatRate = useFormatRate();
  const data = useStandardsData();
  const holders = useHolderOptions(data);
  const confirmDelete = useConfirmDeleteRate();
  const [editing, setEditing] = useState<Editing>();

  const names = new Map(data?.vendors.map((vendor) => [vendor.id, vendor.name]));
  const rates = [...(data?.rates ?? [])].sort(
    (a, b) =>
      (names.get(a.holderId) ?? '').localeCompare(names.get(b.holderId) ?? '') ||
      b.updatedAt.localeCompare(a.updatedAt),
  );

  return (
    <>
      <Anchor component={Link} to={paths.standards.list} size="sm">
        {t('standards.page.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <PageTitle>{t('standards.rates.title')}</PageTitle>
        <Button onClick={() => setEditing({})} disabled={!data}>
          {t('standards.rates.add')}
        </Button>
      </Group>
      <Text c="dimmed" mb="md">
        {t('standards.rates.intro')}
      </Text>
      {data === undefined ? (
        <Text c="dimmed">{t('common.loading')}</Text>
      ) : rates.length === 0 ? (
        <Text c="dimmed">{t('standards.rates.none')}</Text>
      ) : (
        <Table aria-label={t('standards.rates.tableLabel')} withTableBorder striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('standards.rates.holder')}</Table.Th>
              <Table.Th>{t('standards.rates.rate')}</Table.Th>
              <Table.Th>{t('standards.rates.source')}</Table.Th>
              <Table.Th>{t('standards.rates.asOf')}</Table.Th>
              <Table.Th>{t('standards.rates.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rates.map((rate) => {
              const holder = names.get(rate.holderId) ?? '';
              return (
                <Table.Tr key={rate.id}>
                  <Table.Td>
                    <Anchor component={Link} to={paths.vendors.view(rate.holderId)}>
                      {holder}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{formatRate(rate)}</Table.Td>
                  <Table.Td>{rate.source}</Table.Td>
                  <Table.Td>{rate.asOf ? formatDate(rate.asOf) : '—'}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={t('standards.rates.editLabel', { holder })}
                        onClick={() => setEditing({ rate })}
                      >
                        {t('standards.rates.edit')}
                      </Button>
                      <Button
                        size="xs"
                        color="red"
                        variant="subtle"
                        aria-label={t('standards.rates.deleteLabel', { holder })}
                        onClick={() => confirmDelete(rate, holder)}
                      >
                        {t('standards.rates.delete')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {editing && (
        <RoyaltyRateModal
          key={editing.rate?.id ?? 'new'}
          holders={holders}
          {...(editing.rate && { rate: editing.rate })}
          onClose={() => setEditing(undefined)}
        />
      )}
    </>
  );
};
