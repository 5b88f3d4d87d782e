import { useTranslation } from 'react-i18next';
import { RecordNotFound } from '@renderer/ui/RecordNotFound';
import { paths } from '@renderer/paths';

export const ChecklistNotFound = () => {
  const { t } = useTranslation();
  return (
    <RecordNotFound
      title={t('checklists.notFound.title')}
      description={t('checklists.notFound.description')}
      back={{ label: t('checklists.notFound.back'), to: paths.checklists.list }}
    />
  );
};
