import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '@renderer/ui/table/DataTable';
import { useLicenceColumns } from './licenceColumns';
import { useLicenceRows } from './useLicenceRows';
import { paths } from '@renderer/paths';

const licenceRowId = (row: { licence: { id: string } }): string => row.licence.id;

/** The licences covering a vendor or a dependency, on its page, with a link to add one linked to it. */
export const LinkedLicences = ({ vendorId, dependencyId }: { vendorId?: string; dependencyId?: string }) => {
  const { t } = useTranslation();
  const rows = useLicenceRows();
  const columns = useLicenceColumns();
  const linked = useMemo(
    () =>
      (rows ?? []).filter(
        ({ licence }) =>
          (vendorId !== undefined && licence.vendorId === vendorId) ||
          (dependencyId !== undefined && licence.dependencyIds.includes(dependencyId)),
      ),
    [rows, vendorId, dependencyId],
  );
  const query = vendorId ? `vendorId=${vendorId}` : `dependencyId=${dependencyId ?? ''}`;

  return (
    <Stack gap="xs" component="section" aria-labelledby="linked-licences">
      <Group justify="space-between">
        <Title order={2} size="h3" id="linked-licences">
          {t('licences.linked.title')}
        </Title>
        <Button variant="light" component={Link} to={`${paths.licences.new}?${query}`}>
          {t('licences.linked.add')}
        </Button>
      </Group>
      {rows === undefined ? (
        <Text c="dimmed">{t('common.loading')}</Text>
      ) : (
        <DataTable
          data={linked}
          columns={columns}
          getRowId={licenceRowId}
          label={t('licences.linked.tableLabel')}
          emptyMessage={t('licences.linked.none')}
          height="320px"
        />
      )}
    </Stack>
  );
};
