import { Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Vendor } from '@shared/domain';
import type { HolderMatch } from '@shared/domain/standards';
import { useErrorMessage } from '@renderer/ui/useErrorMessage';
import { attachHolderToVendor, createPatentHolder } from '@renderer/data/standards';
import { CountrySelect } from '@renderer/ui/CountrySelect';
import { useVendorOptions } from '@renderer/ui/records/vendorOptions';
import { useFormatNumber } from '@renderer/ui/useFormatNumber';

/** Holders listed for review, largest first: a file may name thousands, most of them small. */
const reviewed = 50;

type OpenMatch = Exclude<HolderMatch, { status: 'matched' }>;

const HolderRow = ({ match, vendors }: { match: OpenMatch; vendors: readonly Vendor[] }) => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const format = useFormatNumber();
  const options = useVendorOptions(vendors, undefined);
  const first = match.status === 'unmatched' ? undefined : match.candidates[0]?.vendorId;
  const [vendorId, setVendorId] = useState<string | null>(first ?? null);
  const [country, setCountry] = useState<string | null>(match.holder.country ?? null);
  const spellings = [match.holder.name, ...match.holder.spellings];
  const run = async (work: () => Promise<unknown>) => {
    try {
      await work();
      notifications.show({
        color: 'green',
        message: t('standards.holders.saved', { holder: match.holder.name }),
      });
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error) });
    }
  };
  return (
    <Table.Tr>
      <Table.Td>{match.holder.name}</Table.Td>
      <Table.Td ta="right">{format.integer(match.holder.families)}</Table.Td>
      <Table.Td>{t(`standards.holders.status.${match.status}`)}</Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <Select
            aria-label={t('standards.holders.vendorFor', { holder: match.holder.name })}
            data={options}
            value={vendorId}
            onChange={setVendorId}
            searchable
            w={200}
          />
          <Button
            size="xs"
            variant="default"
            disabled={!vendorId}
            onClick={() => vendorId && void run(() => attachHolderToVendor(vendorId, spellings))}
          >
            {t('standards.holders.attach')}
          </Button>
        </Group>
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <CountrySelect
            aria-label={t('standards.holders.countryOf', { holder: match.holder.name })}
            value={country}
            onChange={setCountry}
            w={180}
          />
          <Button
            size="xs"
            variant="default"
            disabled={!country}
            onClick={() =>
              country &&
              void run(() => createPatentHolder({ name: match.holder.name, hqCountry: country, spellings }))
            }
          >
            {t('standards.holders.create')}
          </Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
};

/**
 * Declaring companies not matched to exactly one vendor: attach each to a vendor (its spellings become
 * aliases) or record it as a patent holder with its country, so its sovereignty profile can speak.
 */
export const HolderReview = ({
  matches,
  vendors,
}: {
  matches: readonly HolderMatch[];
  vendors: Vendor[];
}) => {
  const { t } = useTranslation();
  const open = matches
    .filter((match): match is OpenMatch => match.status !== 'matched')
    .sort((a, b) => b.holder.families - a.holder.families);
  const matched = matches.length - open.length;
  return (
    <Stack gap="sm" component="section" aria-labelledby="holder-review" mb="xl">
      <Title order={2} size="h3" id="holder-review">
        {t('standards.holders.title')}
      </Title>
      <Text c="dimmed">
        {t('standards.holders.intro', { matched, total: matches.length, open: open.length })}
      </Text>
      {open.length > 0 && (
        <Table aria-label={t('standards.holders.title')} withTableBorder striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('standards.holders.holder')}</Table.Th>
              <Table.Th ta="right">{t('standards.holders.families')}</Table.Th>
              <Table.Th>{t('standards.holders.statusColumn')}</Table.Th>
              <Table.Th>{t('standards.holders.attachColumn')}</Table.Th>
              <Table.Th>{t('standards.holders.createColumn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {open.slice(0, reviewed).map((match) => (
              <HolderRow key={match.holder.key} match={match} vendors={vendors} />
            ))}
          </Table.Tbody>
        </Table>
      )}
      {open.length > reviewed && (
        <Text size="sm" c="dimmed">
          {t('standards.holders.more', { count: open.length - reviewed })}
        </Text>
      )}
    </Stack>
  );
};
