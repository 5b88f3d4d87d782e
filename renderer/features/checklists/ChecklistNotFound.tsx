import { useTranslation } from 'react-i18next';
import { RecordNotFound } from '../../ui/RecordNotFound';

export const ChecklistNotFound = () => {
  const { t } = useTranslation();
  return (
    <RecordNotFound
      title={t('checklists.notFound.title')}
      description={t('checklists.notFound.description')}
      back={{ label: t('checklists.notFound.back'), to: '/checklists' }}
    />
  );
};
