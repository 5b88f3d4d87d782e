import { Button, Group, Text } from '@mantine/core';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActivityLog, type ActivityRow } from '@renderer/data/activity-log';
import { DataTable } from '@renderer/ui/table/DataTable';
import { PageTitle } from '@renderer/ui/PageTitle';
import { activityChoices, createActivityMatcher } from './activityRows';
import { useActivityColumns } from './activityColumns';
import { ActivityFilters } from './ActivityFilters';
import { EventDetailsModal } from './EventDetailsModal';
import { useActivityFilters } from './useActivityFilters';
import { useActivityIndex } from './useActivityIndex';
import { useActivityNames } from './useActivityNames';
import { useAuditWording } from './useAuditWording';
import { useExportActivity } from './useExportActivity';

const activityRowId = (row: ActivityRow): string => row.id;
const noRows: readonly ActivityRow[] = [];
const noChoices = { actors: [], tables: [] } satisfies ReturnType<typeof activityChoices>;

/**
 * The whole audit trail, newest first, filtered by who, record type, action and days, searchable by
 * person or record; the events the filters let through export as CSV or XLSX.
 */
export const ActivityPage = () => {
  const { t } = useTranslation();
  const log = useActivityLog();
  const activityNames = useActivityNames();
  const wording = useAuditWording();
  const filters = useActivityFilters();
  // The list follows the filters a frame behind the keyboard, so typing stays fluid with 200,000 events.
  const deferredFilters = useDeferredValue(filters);
  const [details, setDetails] = useState<ActivityRow>();
  const { progress, exportActivity } = useExportActivity(activityNames?.names, wording);

  const names = activityNames?.names;
  const index = useActivityIndex(log?.rows, names, wording);
  const matcher = useMemo(() => index && createActivityMatcher(index), [index]);
  const visibleRows = useMemo(
    () => (matcher ? matcher(deferredFilters) : noRows),
    [matcher, deferredFilters],
  );
  const choices = useMemo(() => (index ? activityChoices(index) : noChoices), [index]);
  const recordType = useCallback((table: string) => wording.recordType({ table }), [wording]);
  const columns = useActivityColumns(
    activityNames ?? { names: { record: () => undefined, item: () => undefined }, path: () => undefined },
    wording,
    setDetails,
  );

  return (
    <>
      <Group justify="space-between" align="flex-start">
        <PageTitle>{t('activity.title')}</PageTitle>
        <Group>
          <Button
            variant="default"
            onClick={() => void exportActivity(visibleRows, 'csv')}
            disabled={!log?.complete || !names || visibleRows.length === 0 || progress !== undefined}
          >
            {t('activity.export.csv')}
          </Button>
          <Button
            variant="default"
            onClick={() => void exportActivity(visibleRows, 'xlsx')}
            disabled={!log?.complete || !names || visibleRows.length === 0 || progress !== undefined}
          >
            {t('activity.export.xlsx')}
          </Button>
        </Group>
      </Group>
      <Text c="dimmed" mb="md">
        {t('activity.intro')}
      </Text>
      {!log || !names ? (
        <Text c="dimmed">{t('common.loading')}</Text>
      ) : log.total === 0 ? (
        <Text c="dimmed">{t('activity.empty')}</Text>
      ) : (
        <>
          <ActivityFilters actors={choices.actors} tables={choices.tables} recordType={recordType} />
          {(!log.complete || progress) && (
            <Text size="sm" c="dimmed" mb="xs" role="status">
              {progress
                ? t('activity.export.preparing', progress)
                : t('activity.reading', { read: log.read, total: log.total })}
            </Text>
          )}
          <DataTable
            data={visibleRows}
            columns={columns}
            getRowId={activityRowId}
            label={t('activity.tableLabel')}
            emptyMessage={t('activity.noMatch')}
            height="calc(100vh - 360px)"
          />
        </>
      )}
      {details && names && (
        <EventDetailsModal
          row={details}
          names={names}
          wording={wording}
          onClose={() => setDetails(undefined)}
        />
      )}
    </>
  );
};
