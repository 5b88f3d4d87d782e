import { Anchor, Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PartyExposure, StandardExposure } from '@shared/domain/standards';
import { paths } from '@renderer/paths';
import { useFormatNumber } from '@renderer/ui/useFormatNumber';

const coverageColor = { licensed: 'green', supplier: 'teal', partial: 'yellow', uncovered: 'red' } as const;

/** How many parties are listed one by one; the rest are summed in one row. */
const listedParties = 50;

/**
 * Each party's families on the standard, raw and under its essentiality assumption, its share and its
 * contribution to the HHI (100 × share)², and its coverage: the arithmetic of the page, checkable by hand.
 */
export const PartiesTable = ({ exposure }: { exposure: StandardExposure }) => {
  const { t } = useTranslation();
  const format = useFormatNumber();
  const listed = exposure.parties.slice(0, listedParties);
  const rest = exposure.parties.slice(listedParties);
  const name = (party: PartyExposure) =>
    party.vendorId ? (
      <Anchor component={Link} to={paths.vendors.view(party.vendorId)}>
        {party.name}
      </Anchor>
    ) : (
      party.name
    );
  return (
    <Table aria-label={t('standards.parties.label', { standard: exposure.standard })} withTableBorder striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('standards.parties.holder')}</Table.Th>
          <Table.Th>{t('standards.parties.country')}</Table.Th>
          <Table.Th ta="right">{t('standards.parties.families')}</Table.Th>
          <Table.Th ta="right">{t('standards.parties.share')}</Table.Th>
          <Table.Th ta="right">{t('standards.parties.contribution')}</Table.Th>
          <Table.Th ta="right">{t('standards.parties.essentiality')}</Table.Th>
          <Table.Th ta="right">{t('standards.parties.adjustedShare')}</Table.Th>
          <Table.Th>{t('standards.parties.coverage')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {listed.map((party) => (
          <Table.Tr key={party.partyId}>
            <Table.Td>{name(party)}</Table.Td>
            <Table.Td>{party.country ?? '—'}</Table.Td>
            <Table.Td ta="right">{format.integer(party.families)}</Table.Td>
            <Table.Td ta="right">{format.percent(party.share)}</Table.Td>
            <Table.Td ta="right">{format.integer((100 * party.share) ** 2)}</Table.Td>
            <Table.Td ta="right">{format.percent(party.essentialityRate / 100)}</Table.Td>
            <Table.Td ta="right">{format.percent(party.adjustedShare)}</Table.Td>
            <Table.Td>
              <Badge color={coverageColor[party.coverage]} variant="light">
                {t(`standards.coverage.${party.coverage}`)}
              </Badge>
            </Table.Td>
          </Table.Tr>
        ))}
        {rest.length > 0 && (
          <Table.Tr>
            <Table.Td colSpan={2}>{t('standards.parties.others', { count: rest.length })}</Table.Td>
            <Table.Td ta="right">
              {format.integer(rest.reduce((sum, party) => sum + party.families, 0))}
            </Table.Td>
            <Table.Td ta="right">
              {format.percent(rest.reduce((sum, party) => sum + party.share, 0))}
            </Table.Td>
            <Table.Td ta="right">
              {format.integer(rest.reduce((sum, party) => sum + (100 * party.share) ** 2, 0))}
            </Table.Td>
            <Table.Td colSpan={3} />
          </Table.Tr>
        )}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Th colSpan={2}>{t('standards.parties.total')}</Table.Th>
          <Table.Th ta="right">{format.integer(exposure.families)}</Table.Th>
          <Table.Th ta="right">{format.percent(exposure.families > 0 ? 1 : 0)}</Table.Th>
          <Table.Th ta="right">{format.integer(exposure.concentration?.hhi ?? 0)}</Table.Th>
          <Table.Th colSpan={3} />
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
};
