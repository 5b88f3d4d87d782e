import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DomainConcentration } from '@shared/domain';
import { useFormatNumber } from '@renderer/ui/useFormatNumber';
import { paths } from '@renderer/paths';

/** How many vendors are listed one by one; the rest are summed in one row so a domain of 3,000 stays short. */
const listedVendors = 10;

interface VendorSharesTableProps {
  domain: DomainConcentration;
  vendorName: (vendorId: string) => string;
}

/** Each vendor's share of a domain with the arithmetic behind it, so the HHI can be checked by hand. */
export const VendorSharesTable = ({ domain, vendorName }: VendorSharesTableProps) => {
  const { t } = useTranslation();
  const format = useFormatNumber();
  const listed = domain.shares.slice(0, listedVendors);
  const rest = domain.shares.slice(listedVendors);
  const sum = (key: 'weight' | 'dependencyCount') => rest.reduce((total, share) => total + share[key], 0);
  const restContribution = rest.reduce((total, share) => total + (100 * share.share) ** 2, 0);

  return (
    <Table
      aria-label={t('concentration.sharesLabel', { domain: t(`dependencies.domain.${domain.domain}`) })}
      withTableBorder
      striped
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('concentration.shareColumns.vendor')}</Table.Th>
          <Table.Th ta="right">{t('concentration.shareColumns.dependencies')}</Table.Th>
          <Table.Th ta="right">{t('concentration.shareColumns.weight')}</Table.Th>
          <Table.Th ta="right">{t('concentration.shareColumns.share')}</Table.Th>
          <Table.Th ta="right">{t('concentration.shareColumns.contribution')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {listed.map((share) => (
          <Table.Tr key={share.vendorId}>
            <Table.Td>
              <Anchor component={Link} to={paths.vendors.view(share.vendorId)}>
                {vendorName(share.vendorId)}
              </Anchor>
            </Table.Td>
            <Table.Td ta="right">{format.integer(share.dependencyCount)}</Table.Td>
            <Table.Td ta="right">
              {t('concentration.weightOf', {
                weight: format.integer(share.weight),
                total: format.integer(domain.totalWeight),
              })}
            </Table.Td>
            <Table.Td ta="right">{format.percent(share.share)}</Table.Td>
            <Table.Td ta="right">{format.integer((100 * share.share) ** 2)}</Table.Td>
          </Table.Tr>
        ))}
        {rest.length > 0 && (
          <Table.Tr>
            <Table.Td>{t('concentration.others', { count: rest.length })}</Table.Td>
            <Table.Td ta="right">{format.integer(sum('dependencyCount'))}</Table.Td>
            <Table.Td ta="right">
              {t('concentration.weightOf', {
                weight: format.integer(sum('weight')),
                total: format.integer(domain.totalWeight),
              })}
            </Table.Td>
            <Table.Td ta="right">{format.percent(sum('weight') / domain.totalWeight)}</Table.Td>
            <Table.Td ta="right">{format.integer(restContribution)}</Table.Td>
          </Table.Tr>
        )}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Th>{t('concentration.total')}</Table.Th>
          <Table.Th ta="right">{format.integer(domain.dependencyCount)}</Table.Th>
          <Table.Th ta="right">{format.integer(domain.totalWeight)}</Table.Th>
          <Table.Th ta="right">{format.percent(1)}</Table.Th>
          <Table.Th ta="right">{format.integer(domain.hhi)}</Table.Th>
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
};
