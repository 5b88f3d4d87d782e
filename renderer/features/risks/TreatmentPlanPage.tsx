import { Anchor, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRisks } from '@renderer/data/risks';
import { DataTable } from '@renderer/ui/table/DataTable';
import { PageTitle } from '@renderer/ui/PageTitle';
import { localToday } from '@shared/domain';
import { useActionColumns } from './actionColumns';
import { actionRowsOf } from './actionRows';
import { paths } from '@renderer/paths';

const actionRowId = (row: { action: { id: string } }): string => row.action.id;

/** Every action of every risk in one virtualized table, overdue ones marked. */
export const TreatmentPlanPage = () => {
  const { t } = useTranslation();
  const risks = useRisks();
  const today = localToday();
  const rows = useMemo(() => (risks ? actionRowsOf(risks, today) : []), [risks, today]);
  const columns = useActionColumns();
  return (
    <>
      <Anchor component={Link} to={paths.risks.list} size="sm">
        {t('risks.plan.backToRegister')}
      </Anchor>
      <PageTitle>{t('risks.plan.title')}</PageTitle>
      <Text c="dimmed" mb="md">
        {t('risks.plan.intro')}
      </Text>
      {risks === undefined ? (
        <Text c="dimmed">{t('common.loading')}</Text>
      ) : (
        <DataTable
          data={rows}
          columns={columns}
          getRowId={actionRowId}
          label={t('risks.plan.tableLabel')}
          emptyMessage={t('risks.plan.empty')}
          initialSorting={[{ id: 'dueDate', desc: false }]}
        />
      )}
    </>
  );
};
