import { useTranslation } from 'react-i18next';
import { RecordNotFound } from '@renderer/ui/RecordNotFound';
import { paths } from '@renderer/paths';

/** A link to a dependency that is not (or no longer) in the workspace, e.g. after it was deleted. */
export const DependencyNotFound = () => {
  const { t } = useTranslation();
  return (
    <RecordNotFound
      title={t('dependencies.notFound.title')}
      description={t('dependencies.notFound.description')}
      back={{ label: t('dependencies.notFound.action'), to: paths.dependencies.list }}
    />
  );
};
