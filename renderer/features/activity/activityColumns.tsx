import { Anchor, Badge, Button, Group, Text, VisuallyHidden } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { eventRecord } from '@shared/audit';
import type { ActivityRow } from '@renderer/data/activity-log';
import { useAuditEvent } from '@renderer/data/audit-events';
import type { AuditNames } from '@renderer/data/audit-names';
import { useFormatDateTime } from '@renderer/ui/useFormatDateTime';
import type { AuditWording } from './auditWording';
import type { ActivityNames } from './useActivityNames';

const column = createColumnHelper<ActivityRow>();

/** What an event changed, on one line: read when its row comes into view (the list holds no changes). */
const ChangesCell = ({ id, names, wording }: { id: string; names: AuditNames; wording: AuditWording }) => {
  const event = useAuditEvent(id);
  if (event === undefined) return <Text c="dimmed">…</Text>;
  if (event === null) return null;
  const text = wording.summary(event, names);
  return <span title={text}>{text}</span>;
};

/**
 * The Activity list: when, who (and whether the event came from a merged file), what was done, to which
 * record (a link while it exists), what changed, and a button opening the change whole. Not sortable:
 * events come newest first, and sorting 200,000 of them by text on a click would stall the screen.
 */
export const useActivityColumns = (
  { names, path }: ActivityNames,
  wording: AuditWording,
  onDetails: (row: ActivityRow) => void,
) => {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  return useMemo(
    () => [
      column.accessor('time', {
        header: t('activity.columns.at'),
        size: 170,
        enableSorting: false,
        cell: ({ row }) => formatDateTime(row.original.at),
      }),
      column.accessor('actor', {
        header: t('activity.columns.actor'),
        size: 170,
        enableSorting: false,
        cell: ({ row }) => (
          <Group gap={6} wrap="nowrap">
            <span>{wording.actor(row.original)}</span>
            {row.original.imported && (
              <Badge size="xs" variant="light">
                {t('activity.importedBadge')}
              </Badge>
            )}
          </Group>
        ),
      }),
      column.accessor('action', {
        header: t('activity.columns.action'),
        size: 120,
        enableSorting: false,
        cell: ({ row }) => t(`activity.action.${row.original.action}`),
      }),
      column.accessor('recordId', {
        header: t('activity.columns.record'),
        size: 300,
        enableSorting: false,
        cell: ({ row }) => {
          const text = wording.recordLabel(row.original, names);
          const record = row.original.recordCount === undefined ? eventRecord(row.original) : undefined;
          const to = record && path(record.table, record.id);
          return to ? (
            <Anchor component={Link} to={to} title={text}>
              {text}
            </Anchor>
          ) : (
            <span title={text}>{text}</span>
          );
        },
      }),
      column.display({
        id: 'changes',
        header: t('activity.columns.changes'),
        size: 420,
        cell: ({ row }) => <ChangesCell id={row.original.id} names={names} wording={wording} />,
      }),
      column.display({
        id: 'details',
        header: () => <VisuallyHidden>{t('activity.details')}</VisuallyHidden>,
        size: 100,
        cell: ({ row }) => (
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={() => onDetails(row.original)}
            aria-label={t('activity.detailsOf', { date: formatDateTime(row.original.at) })}
          >
            {t('activity.details')}
          </Button>
        ),
      }),
    ],
    [t, formatDateTime, names, path, wording, onDetails],
  );
};
