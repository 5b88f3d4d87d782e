import { Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ActivityRow } from '@renderer/data/activity-log';
import { useAuditEvent } from '@renderer/data/audit-events';
import type { AuditNames } from '@renderer/data/audit-names';
import { useFormatDateTime } from '@renderer/ui/useFormatDateTime';
import type { AuditWording } from './auditWording';
import { BulkRecordList } from './BulkRecordList';
import { EventChanges } from './EventChanges';
import { ImportedMark } from './ImportedMark';

interface EventDetailsModalProps {
  row: ActivityRow;
  names: AuditNames;
  wording: AuditWording;
  onClose: () => void;
}

/** One event whole: what was done to which record, by whom and when, and every change on its own line. */
export const EventDetailsModal = ({ row, names, wording, onClose }: EventDetailsModalProps) => {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const event = useAuditEvent(row.id);
  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={t('activity.detailsOf', { date: formatDateTime(row.at) })}
    >
      <Stack gap="xs">
        <Text fw={600}>
          {t('activity.history.subject', {
            action: t(`activity.action.${row.action}`),
            record: wording.recordLabel(row, names),
            actor: wording.actor(row),
            date: formatDateTime(row.at),
          })}
        </Text>
        {event === undefined ? (
          <Text c="dimmed">{t('common.loading')}</Text>
        ) : (
          event && (
            <>
              <ImportedMark event={event} wording={wording} />
              {event.records ? (
                <>
                  <Text size="sm">{wording.summary(event, names)}</Text>
                  <BulkRecordList event={event} names={names} wording={wording} />
                </>
              ) : (
                <EventChanges event={event} names={names} wording={wording} />
              )}
            </>
          )
        )}
      </Stack>
    </Modal>
  );
};
