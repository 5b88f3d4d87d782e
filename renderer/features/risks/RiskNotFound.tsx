import { useTranslation } from 'react-i18next';
import { RecordNotFound } from '@renderer/ui/RecordNotFound';
import { paths } from '@renderer/paths';

/** A link to a risk that is not (or no longer) in the workspace, e.g. after it was deleted. */
export const RiskNotFound = () => {
  const { t } = useTranslation();
  return (
    <RecordNotFound
      title={t('risks.notFound.title')}
      description={t('risks.notFound.description')}
      back={{ label: t('risks.notFound.action'), to: paths.risks.list }}
    />
  );
};
