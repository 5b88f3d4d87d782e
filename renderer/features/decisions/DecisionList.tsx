import { Button, Group, Text } from '@mantine/core';
import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { latestRevisions } from '@shared/domain';
import { useDecisions } from '@renderer/data/decisions';
import { DataTable } from '@renderer/ui/table/DataTable';
import { PageTitle } from '@renderer/ui/PageTitle';
import { SectionEmptyState } from '@renderer/ui/SectionEmptyState';
import { useDecisionColumns } from './decisionColumns';
import { DecisionFilters } from './DecisionFilters';
import { buildDecisionRows, filterDecisionRows } from './decisionRows';
import { useDecisionFilters } from './useDecisionFilters';
import { useSubjectText } from './useSubjectText';
import { paths } from '@renderer/paths';

const decisionRowId = (row: { decision: { id: string } }): string => row.decision.id;

/** The decisions, latest revision of each, filtered over a virtualized table. */
export const DecisionListPage = () => {
  const { t } = useTranslation();
  const decisions = useDecisions();
  const subjectText = useSubjectText();
  const filters = useDecisionFilters();
  const deferredFilters = useDeferredValue(filters);
  const rows = useMemo(
    () => buildDecisionRows(latestRevisions(decisions ?? []), subjectText),
    [decisions, subjectText],
  );
  const visibleRows = useMemo(() => filterDecisionRows(rows, deferredFilters), [rows, deferredFilters]);
  const columns = useDecisionColumns();

  return (
    <>
      <Group justify="space-between" align="flex-start">
        <PageTitle>{t('sections.decisions.title')}</PageTitle>
        <Button component={Link} to={paths.decisions.new}>
          {t('decisions.list.new')}
        </Button>
      </Group>
      {decisions === undefined ? (
        <Text c="dimmed">{t('common.loading')}</Text>
      ) : decisions.length === 0 ? (
        <SectionEmptyState
          title={t('sections.decisions.emptyTitle')}
          description={t('sections.decisions.emptyBody')}
          action={{ label: t('decisions.list.new'), to: paths.decisions.new }}
        />
      ) : (
        <>
          <DecisionFilters />
          <DataTable
            data={visibleRows}
            columns={columns}
            getRowId={decisionRowId}
            label={t('decisions.list.tableLabel')}
            emptyMessage={t('decisions.list.noMatch')}
            height="calc(100vh - 250px)"
          />
        </>
      )}
    </>
  );
};
