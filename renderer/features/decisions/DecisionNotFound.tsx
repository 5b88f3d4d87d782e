import { useTranslation } from 'react-i18next';
import { RecordNotFound } from '@renderer/ui/RecordNotFound';
import { paths } from '@renderer/paths';

export const DecisionNotFound = () => {
  const { t } = useTranslation();
  return (
    <RecordNotFound
      title={t('decisions.notFound.title')}
      description={t('decisions.notFound.body')}
      back={{ label: t('decisions.notFound.back'), to: paths.decisions.list }}
    />
  );
};
