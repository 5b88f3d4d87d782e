import { Button, List, Stack, Text, Title } from '@mantine/core';
import { memo, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { eventSubject } from '@renderer/data/audit-names';
import { useRecordHistory, type HistoryRecord } from '@renderer/data/audit-trail';
import { useFormatDateTime } from '@renderer/ui/useFormatDateTime';
import { EventChanges } from './EventChanges';
import { ImportedMark } from './ImportedMark';
import { useAuditWording } from './useAuditWording';
import { useNameAssessment } from './useNameAssessment';

const shown = 20;

interface RecordHistoryProps {
  /** The record first; then records whose events belong on its page (an assessment's evidence files). */
  records: readonly HistoryRecord[];
}

/**
 * A record's history, newest first: who changed it, when, and each field before and after. An event
 * merged from a colleague's file says so: its who and when are that file's word.
 */
export const RecordHistory = memo(function RecordHistory({ records }: RecordHistoryProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [all, setAll] = useState(false);
  const history = useRecordHistory(records, useNameAssessment());
  const wording = useAuditWording();
  const formatDateTime = useFormatDateTime();
  const main = records[0];

  if (!history) return null;
  const { events, names } = history;
  const visible = all ? events : events.slice(0, shown);
  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId}>
        {t('activity.history.title')}
      </Title>
      {events.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('activity.history.empty')}
        </Text>
      ) : (
        <List listStyleType="none" spacing="sm" aria-labelledby={headingId}>
          {visible.map((event) => {
            const params = {
              action: t(`activity.action.${event.action}`),
              actor: wording.actor(event),
              date: formatDateTime(event.at),
            };
            const own = event.table === main?.table && event.recordId === main.id;
            return (
              <List.Item key={event.id}>
                <Text size="sm" fw={600}>
                  {own
                    ? t('activity.history.event', params)
                    : t('activity.history.subject', {
                        ...params,
                        record: wording.recordLabel(eventSubject(event), names),
                      })}
                </Text>
                {event.partOf && <Text size="sm">{wording.partOf(event.partOf)}</Text>}
                <ImportedMark event={event} wording={wording} />
                <EventChanges event={event} names={names} wording={wording} />
              </List.Item>
            );
          })}
        </List>
      )}
      {!all && events.length > shown && (
        <Text size="sm">
          <Button variant="subtle" size="xs" onClick={() => setAll(true)}>
            {t('activity.history.showAll', { count: events.length })}
          </Button>
        </Text>
      )}
    </Stack>
  );
});
