import { Stack, TextInput, Title } from '@mantine/core';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@renderer/ui/table/DataTable';
import { getSbomRowId, useSbomColumns } from './sbomColumns';
import { filterSbomRows, type SbomRow } from './sbomRows';

/** Every component of the SBOM in a virtualized table, with a search over name, version, supplier and licences. */
export const SbomComponentTable = ({ rows }: { rows: readonly SbomRow[] }) => {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search);
  const shown = useMemo(() => filterSbomRows(rows, deferredSearch), [rows, deferredSearch]);
  const columns = useSbomColumns();

  return (
    <Stack gap="xs" component="section" aria-labelledby="sbom-components">
      <Title order={3} size="h4" id="sbom-components">
        {t('sbom.components.title')}
      </Title>
      <TextInput
        label={t('sbom.components.search')}
        placeholder={t('sbom.components.searchPlaceholder')}
        type="search"
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        w={360}
      />
      <DataTable
        data={shown}
        columns={columns}
        getRowId={getSbomRowId}
        label={t('sbom.components.table')}
        emptyMessage={t('sbom.components.empty')}
        initialSorting={[{ id: 'name', desc: false }]}
        height="480px"
      />
    </Stack>
  );
};
