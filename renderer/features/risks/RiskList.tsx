import { Button, Group, Text } from '@mantine/core';
import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRisks } from '@renderer/data/risks';
import { DataTable } from '@renderer/ui/table/DataTable';
import { PageTitle } from '@renderer/ui/PageTitle';
import { SectionEmptyState } from '@renderer/ui/SectionEmptyState';
import { ImportButton } from '@renderer/features/import';
import { localToday } from '@shared/domain';
import { useRiskColumns } from './riskColumns';
import { RiskFilters } from './RiskFilters';
import { RiskHeatmaps } from './RiskHeatmaps';
import { filterRiskRows, riskRowsOf } from './riskRows';
import { useRiskFilters } from './useRiskFilters';
import { paths } from '@renderer/paths';

const riskRowId = (row: { risk: { id: string } }): string => row.risk.id;

/** The risk register: the two heatmaps, then filters over a virtualized table. */
export const RiskListPage = () => {
  const { t } = useTranslation();
  const risks = useRisks();
  const filters = useRiskFilters();
  const deferredFilters = useDeferredValue(filters);
  const today = localToday();
  const rows = useMemo(() => (risks ? riskRowsOf(risks, today) : []), [risks, today]);
  const visibleRows = useMemo(() => filterRiskRows(rows, deferredFilters), [rows, deferredFilters]);
  const columns = useRiskColumns();

  return (
    <>
      <Group justify="space-between" align="flex-start">
        <PageTitle>{t('sections.risks.title')}</PageTitle>
        <Group>
          <ImportButton entity="risks" />
          <Button variant="default" component={Link} to="/risks/actions">
            {t('risks.list.treatmentPlan')}
          </Button>
          <Button component={Link} to={paths.risks.new}>
            {t('risks.list.newRisk')}
          </Button>
        </Group>
      </Group>
      {risks === undefined ? (
        <Text c="dimmed">{t('common.loading')}</Text>
      ) : risks.length === 0 ? (
        <SectionEmptyState
          title={t('sections.risks.emptyTitle')}
          description={t('sections.risks.emptyBody')}
          action={{ label: t('risks.list.emptyAction'), to: paths.risks.new }}
        />
      ) : (
        <>
          <RiskHeatmaps risks={risks} />
          <RiskFilters rows={rows} />
          <DataTable
            data={visibleRows}
            columns={columns}
            getRowId={riskRowId}
            label={t('risks.list.tableLabel')}
            emptyMessage={t('risks.list.noMatch')}
            height="calc(100vh - 330px)"
          />
        </>
      )}
    </>
  );
};
