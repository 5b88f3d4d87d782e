import { useTranslation } from 'react-i18next';
import { RecordNotFound } from '@renderer/ui/RecordNotFound';
import { paths } from '@renderer/paths';

/** A link to a licence that is not (or no longer) in the workspace, e.g. after it was deleted. */
export const LicenceNotFound = () => {
  const { t } = useTranslation();
  return (
    <RecordNotFound
      title={t('licences.notFound.title')}
      description={t('licences.notFound.description')}
      back={{ label: t('licences.notFound.action'), to: paths.licences.list }}
    />
  );
};
