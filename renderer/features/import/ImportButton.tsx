import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImportEntity } from '@shared/import';
import { paths } from '@renderer/paths';

/** Opens the bulk import of vendors, dependencies, licences or risks from CSV or XLSX. */
export const ImportButton = ({ entity }: { entity: ImportEntity }) => {
  const { t } = useTranslation();
  return (
    <Button component={Link} to={paths.importScreen(entity)} variant="default">
      {t('importer.button')}
    </Button>
  );
};
