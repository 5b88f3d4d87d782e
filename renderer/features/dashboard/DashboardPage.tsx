import { SimpleGrid, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { assessSovereignty } from '@shared/domain';
import { useDependencies } from '@renderer/data/dependencies';
import { useVendors } from '@renderer/data/vendors';
import { sectionPaths } from '@renderer/shell/navigation';
import { PageTitle } from '@renderer/ui/PageTitle';
import { SectionEmptyState } from '@renderer/ui/SectionEmptyState';
import { useFormatNumber } from '@renderer/ui/useFormatNumber';
import { AssessmentDashboardSection } from '@renderer/features/assessments';
import { RemindersCard } from '@renderer/features/calendar';
import { ConcentrationSection } from '@renderer/features/concentration';
import { LicenceDeadlinesCard } from '@renderer/features/licences';
import { RiskDashboardSection } from '@renderer/features/risks';
import { DecisionsDashboardSection } from '@renderer/features/decisions';
import { CriticalExposureCard } from './CriticalExposureCard';
import { SovereigntyLevelsCard } from './SovereigntyLevelsCard';
import { StandardsExposureCard } from './StandardsExposureCard';
import { StatCard } from './StatCard';

/** The figures a board asks for first, each next to how it was reached. */
export const DashboardPage = () => {
  const { t } = useTranslation();
  const format = useFormatNumber();
  const vendors = useVendors();
  const dependencies = useDependencies();
  const levels = useMemo(
    () => new Map((vendors ?? []).map((vendor) => [vendor.id, assessSovereignty(vendor).level])),
    [vendors],
  );

  if (vendors === undefined || dependencies === undefined)
    return <Text c="dimmed">{t('common.loading')}</Text>;
  return (
    <>
      <PageTitle>{t('sections.dashboard.title')}</PageTitle>
      {vendors.length === 0 ? (
        <SectionEmptyState
          title={t('sections.dashboard.emptyTitle')}
          description={t('sections.dashboard.emptyBody')}
          action={{ label: t('sections.dashboard.emptyAction'), to: sectionPaths.settings }}
        />
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
            <StatCard
              title={t('sections.dashboard.vendorsStat')}
              value={format.integer(vendors.length)}
              to={sectionPaths.vendors}
            />
            <StatCard
              title={t('sections.dashboard.dependenciesStat')}
              value={format.integer(dependencies.length)}
              to={sectionPaths.dependencies}
            />
            <CriticalExposureCard dependencies={dependencies} levels={levels} />
            <SovereigntyLevelsCard levels={levels} />
          </SimpleGrid>
          <RemindersCard />
          <RiskDashboardSection />
          <DecisionsDashboardSection />
          <AssessmentDashboardSection />
          <LicenceDeadlinesCard />
          <StandardsExposureCard vendors={vendors} dependencies={dependencies} />
          <ConcentrationSection />
        </>
      )}
    </>
  );
};
