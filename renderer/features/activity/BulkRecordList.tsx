import { Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { bulkActionOf, recordChanges } from '@shared/audit';
import type { AuditEvent } from '@shared/domain';
import { eventSubject, type AuditNames } from '@renderer/data/audit-names';
import { MeasuredListRegion } from '@renderer/ui/MeasuredListRegion';
import type { AuditWording } from './auditWording';
import { EventChanges } from './EventChanges';

interface BulkRecordListProps {
  event: AuditEvent;
  names: AuditNames;
  wording: AuditWording;
}

/**
 * The records a bulk event (an import, a merge) lists, each with what was done to it and every change on
 * its own line: only the records in view are drawn, so an import of 10,000 rows opens at once.
 */
export const BulkRecordList = ({ event, names, wording }: BulkRecordListProps) => {
  const { t } = useTranslation();
  const changes = useMemo(() => recordChanges(event), [event]);
  return (
    <MeasuredListRegion
      label={t(`activity.bulk.records.${bulkActionOf(event.action)}`)}
      count={changes.length}
      estimateSize={80}
      renderRow={(index) => {
        const change = changes[index] as AuditEvent;
        return (
          <>
            <Text size="sm" fw={600}>
              {t('activity.bulk.record', {
                action: t(`activity.action.${change.action}`),
                record: wording.recordLabel(eventSubject(change), names),
              })}
            </Text>
            <EventChanges event={change} names={names} wording={wording} />
          </>
        );
      }}
    />
  );
};
