import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDependency } from '@renderer/data/dependencies';
import { useLicence } from '@renderer/data/licences';
import { useRisks } from '@renderer/data/risks';
import { useVendor } from '@renderer/data/vendors';
import { DataTable } from '@renderer/ui/table/DataTable';
import { localToday } from '@shared/domain';
import { quickDependencyRisk, quickLicenceRisk, quickRiskLink, quickVendorRisk } from './quickRisk';
import { useRiskColumns } from './riskColumns';
import { riskRowsOf } from './riskRows';

const riskRowId = (row: { risk: { id: string } }): string => row.risk.id;

interface LinkedRisksProps {
  vendorId?: string;
  dependencyId?: string;
  licenceId?: string;
}

/** The risks citing a vendor, a dependency or a licence, on its page, with quick creation. */
export const LinkedRisks = ({ vendorId, dependencyId, licenceId }: LinkedRisksProps) => {
  const { t } = useTranslation();
  const risks = useRisks();
  const vendor = useVendor(vendorId);
  const dependency = useDependency(dependencyId);
  const licence = useLicence(licenceId);
  const columns = useRiskColumns();
  const today = localToday();
  const linked = useMemo(
    () =>
      riskRowsOf(risks ?? [], today).filter(
        ({ risk }) =>
          (vendorId !== undefined && risk.vendorIds.includes(vendorId)) ||
          (dependencyId !== undefined && risk.dependencyIds.includes(dependencyId)) ||
          (licenceId !== undefined && risk.licenceIds.includes(licenceId)),
      ),
    [risks, today, vendorId, dependencyId, licenceId],
  );
  const suggestion = vendor
    ? quickVendorRisk(vendor)
    : dependency
      ? quickDependencyRisk(dependency)
      : licence
        ? quickLicenceRisk(licence)
        : undefined;
  const title = suggestion?.titleKey
    ? t(`risks.linked.${suggestion.titleKey}`, { name: suggestion.name })
    : undefined;

  return (
    <Stack gap="xs" component="section" aria-labelledby="linked-risks">
      <Group justify="space-between">
        <Title order={2} size="h3" id="linked-risks">
          {t('risks.linked.title')}
        </Title>
        <Button
          variant="light"
          component={Link}
          to={quickRiskLink({ vendorId, dependencyId, licenceId }, suggestion, title)}
        >
          {t('risks.linked.record')}
        </Button>
      </Group>
      {risks === undefined ? (
        <Text c="dimmed">{t('common.loading')}</Text>
      ) : (
        <DataTable
          data={linked}
          columns={columns}
          getRowId={riskRowId}
          label={t('risks.linked.title')}
          emptyMessage={t('risks.linked.none')}
          height="320px"
        />
      )}
    </Stack>
  );
};
