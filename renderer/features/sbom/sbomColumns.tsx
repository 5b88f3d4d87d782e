import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SbomRow } from './sbomRows';

const column = createColumnHelper<SbomRow>();

export const getSbomRowId = (row: SbomRow): string => row.id;

/** The columns of the components table, in the reader's language. */
export const useSbomColumns = () => {
  const { t } = useTranslation();
  return useMemo(
    () => [
      column.accessor('name', { header: t('sbom.components.name'), size: 260 }),
      column.accessor('version', { header: t('sbom.components.version'), size: 120 }),
      column.accessor('supplier', { header: t('sbom.components.supplier'), size: 200 }),
      column.accessor('licences', { header: t('sbom.components.licences'), size: 260 }),
      column.accessor((row) => (row.licenceClass ? t(`sbom.classes.${row.licenceClass}`) : ''), {
        id: 'licenceClass',
        header: t('sbom.components.licenceClass'),
        size: 160,
      }),
    ],
    [t],
  );
};
