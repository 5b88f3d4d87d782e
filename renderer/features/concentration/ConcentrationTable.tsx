import { Badge, Button, Table } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DomainConcentration, NetworkDomain } from '@shared/domain';
import { useFormatNumber } from '@renderer/ui/useFormatNumber';
import { bandColor } from './bandColors';
import { VendorSharesTable } from './VendorSharesTable';

interface ConcentrationTableProps {
  domains: DomainConcentration[];
  vendorName: (vendorId: string) => string;
}

/** One row per domain; each opens onto the vendor shares its HHI is computed from. */
export const ConcentrationTable = ({ domains, vendorName }: ConcentrationTableProps) => {
  const { t } = useTranslation();
  const format = useFormatNumber();
  const [open, setOpen] = useState<ReadonlySet<NetworkDomain>>(new Set());
  const toggle = (domain: NetworkDomain) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(domain)) next.add(domain);
      return next;
    });

  return (
    <Table aria-label={t('concentration.tableLabel')} verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('concentration.columns.domain')}</Table.Th>
          <Table.Th ta="right">{t('concentration.columns.dependencies')}</Table.Th>
          <Table.Th>{t('concentration.columns.topVendor')}</Table.Th>
          <Table.Th ta="right">{t('concentration.columns.hhi')}</Table.Th>
          <Table.Th>{t('concentration.columns.band')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {domains.map((row) => {
          const domainName = t(`dependencies.domain.${row.domain}`);
          const top = row.shares[0];
          const expanded = open.has(row.domain);
          const panelId = `concentration-${row.domain}`;
          return (
            <Fragment key={row.domain}>
              <Table.Tr>
                <Table.Th scope="row" fw={500}>
                  <Button
                    variant="subtle"
                    size="compact-sm"
                    aria-expanded={expanded}
                    aria-controls={panelId}
                    aria-label={t('concentration.showShares', { domain: domainName })}
                    onClick={() => toggle(row.domain)}
                  >
                    {expanded ? '▾' : '▸'} {domainName}
                  </Button>
                </Table.Th>
                <Table.Td ta="right">{format.integer(row.dependencyCount)}</Table.Td>
                <Table.Td>
                  {top &&
                    t('concentration.topVendor', {
                      vendor: vendorName(top.vendorId),
                      share: format.percent(top.share),
                    })}
                </Table.Td>
                <Table.Td ta="right">{format.integer(row.hhi)}</Table.Td>
                <Table.Td>
                  <Badge color={bandColor[row.band]} autoContrast>
                    {t(`concentration.band.${row.band}`)}
                  </Badge>
                </Table.Td>
              </Table.Tr>
              {expanded && (
                <Table.Tr id={panelId}>
                  <Table.Td colSpan={5}>
                    <VendorSharesTable domain={row} vendorName={vendorName} />
                  </Table.Td>
                </Table.Tr>
              )}
            </Fragment>
          );
        })}
      </Table.Tbody>
    </Table>
  );
};
