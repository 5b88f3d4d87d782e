import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDependencyDecisions, useVendorDecisions } from '@renderer/data/decisions';
import { DataTable } from '@renderer/ui/table/DataTable';
import { useDecisionColumns } from './decisionColumns';
import { buildDecisionRows } from './decisionRows';
import { useSubjectText } from './useSubjectText';
import { paths } from '@renderer/paths';

const decisionRowId = (row: { decision: { id: string } }): string => row.decision.id;

/** The decisions concerning a vendor or a dependency, on its page (latest revision of each). */
export const DecisionsPanel = ({ vendorId, dependencyId }: { vendorId?: string; dependencyId?: string }) => {
  const { t } = useTranslation();
  const ofVendor = useVendorDecisions(vendorId);
  const ofDependency = useDependencyDecisions(dependencyId);
  const decisions = vendorId ? ofVendor : ofDependency;
  const subjectText = useSubjectText();
  const columns = useDecisionColumns();
  const rows = useMemo(() => buildDecisionRows(decisions ?? [], subjectText), [decisions, subjectText]);
  return (
    <Stack gap="xs" component="section" aria-labelledby="decisions-panel">
      <Group justify="space-between">
        <Title order={2} size="h3" id="decisions-panel">
          {t('decisions.panel.title')}
        </Title>
        <Button variant="light" component={Link} to={paths.decisions.new}>
          {t('decisions.list.new')}
        </Button>
      </Group>
      {decisions === undefined ? (
        <Text c="dimmed">{t('common.loading')}</Text>
      ) : (
        <DataTable
          data={rows}
          columns={columns}
          getRowId={decisionRowId}
          label={t('decisions.panel.title')}
          emptyMessage={t('decisions.panel.none')}
          height="240px"
        />
      )}
    </Stack>
  );
};
