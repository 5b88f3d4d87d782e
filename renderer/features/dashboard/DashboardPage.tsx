import { useTranslation } from 'react-i18next';
import { sectionPaths } from '../../shell/navigation';
import { PageTitle } from '../../ui/PageTitle';
import { SectionEmptyState } from '../../ui/SectionEmptyState';

export const DashboardPage = () => {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('sections.dashboard.title')}</PageTitle>
      <SectionEmptyState
        title={t('sections.dashboard.emptyTitle')}
        description={t('sections.dashboard.emptyBody')}
        action={{ label: t('sections.dashboard.emptyAction'), to: sectionPaths.settings }}
      />
    </>
  );
};
