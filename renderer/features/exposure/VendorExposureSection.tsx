import { Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { exposureChain, vendorExposure, type Dependency } from '@shared/domain';
import { DataTable } from '@renderer/ui/table/DataTable';
import { useExposureColumns, type ExposureRow } from './exposureColumns';
import { NeighbourhoodGraph } from './NeighbourhoodGraph';
import { useDependencyGraph } from './useDependencyGraph';

/** At most ten rows in view (plus header and row count); a shorter table shrinks to its rows. */
const tableHeight = `${11 * 41 + 34}px`;

const exposureRowId = (row: { dependency: { id: string } }): string => row.dependency.id;

/** A vendor's direct dependencies and indirect exposure (design §3), with its neighbourhood graph. */
export const VendorExposureSection = ({ vendorId }: { vendorId: string }) => {
  const { t } = useTranslation();
  const live = useDependencyGraph();
  const directColumns = useExposureColumns(false);
  const indirectColumns = useExposureColumns(true);

  const rows = useMemo(() => {
    if (!live) return undefined;
    const exposure = vendorExposure(live.graph, vendorId);
    const dependency = (id: string) => live.dependencyById.get(id) as Dependency;
    const row = (id: string): ExposureRow => {
      const found = dependency(id);
      return { dependency: found, vendorName: live.vendorById.get(found.vendorId)?.name ?? '' };
    };
    return {
      direct: exposure.direct.map(row),
      indirect: exposure.indirect.map(({ dependencyId }) => ({
        ...row(dependencyId),
        chain: () => exposureChain(exposure, dependencyId).map(dependency),
      })),
    };
  }, [live, vendorId]);

  if (!live || !rows) return <Text c="dimmed">{t('common.loading')}</Text>;
  const vendor = live.vendorById.get(vendorId)?.name ?? '';

  return (
    <Stack component="section" aria-labelledby="exposure-title" gap="sm">
      <Title order={2} size="h3" id="exposure-title">
        {t('exposure.title')}
      </Title>
      <Text size="sm" c="dimmed" maw={900}>
        {t('exposure.explanation')}
      </Text>
      <Title order={3} size="h4">
        {t('exposure.directTitle', { count: rows.direct.length })}
      </Title>
      <DataTable
        data={rows.direct}
        columns={directColumns}
        getRowId={exposureRowId}
        label={t('exposure.directLabel', { vendor })}
        emptyMessage={t('exposure.noDirect')}
        height={tableHeight}
      />
      <Title order={3} size="h4">
        {t('exposure.indirectTitle', { count: rows.indirect.length })}
      </Title>
      <DataTable
        data={rows.indirect}
        columns={indirectColumns}
        getRowId={exposureRowId}
        label={t('exposure.indirectLabel', { vendor })}
        emptyMessage={t('exposure.noIndirect')}
        height={tableHeight}
      />
      <NeighbourhoodGraph live={live} focusType="vendor" focusId={vendorId} name={vendor} />
    </Stack>
  );
};
