import { Box, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { recordChanges } from '@shared/audit';
import type { AuditEvent } from '@shared/domain';
import { eventSubject, type AuditNames } from '@renderer/data/audit-names';
import { MeasuredRows } from '@renderer/ui/MeasuredRows';
import type { AuditWording } from './auditWording';
import { EventChanges } from './EventChanges';

interface BulkRecordListProps {
  event: AuditEvent;
  names: AuditNames;
  wording: AuditWording;
}

/**
 * The records a bulk event lists, each with what was done to it and every change on its own line: only
 * the records in view are drawn, so an import of 10,000 rows opens at once.
 */
export const BulkRecordList = ({ event, names, wording }: BulkRecordListProps) => {
  const { t } = useTranslation();
  const changes = useMemo(() => recordChanges(event), [event]);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: changes.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 80,
    overscan: 4,
  });
  return (
    <Box
      ref={scroller}
      role="region"
      aria-label={t('activity.bulk.records')}
      tabIndex={0}
      mah="55dvh"
      style={{ overflowY: 'auto' }}
    >
      <MeasuredRows
        virtualizer={virtualizer}
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
    </Box>
  );
};
