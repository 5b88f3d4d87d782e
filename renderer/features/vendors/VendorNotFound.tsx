import { useTranslation } from 'react-i18next';
import { RecordNotFound } from '@renderer/ui/RecordNotFound';
import { paths } from '@renderer/paths';

/** A link to a vendor that is not (or no longer) in the workspace, e.g. after it was deleted. */
export const VendorNotFound = () => {
  const { t } = useTranslation();
  return (
    <RecordNotFound
      title={t('vendors.notFound.title')}
      description={t('vendors.notFound.description')}
      back={{ label: t('vendors.notFound.action'), to: paths.vendors.list }}
    />
  );
};
