import { Button, Stack, Table, Text, Title } from '@mantine/core';
import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment, AuditEvent, Checklist } from '@shared/domain';
import { useAuditTrail } from '@renderer/data/audit-trail';
import { useFormatDateTime } from '@renderer/ui/useFormatDateTime';

const shown = 20;

interface AssessmentActivityProps {
  assessment: Assessment;
  checklist: Pick<Checklist, 'sections'>;
  evidenceIds: readonly string[];
}

/**
 * The audit trail of this revision and its evidence: who did what, when, newest first. An event merged in
 * from a colleague's file says so (which file, who merged it, when): its who and when are the file's word.
 */
export const AssessmentActivity = memo(function AssessmentActivity({
  assessment,
  checklist,
  evidenceIds,
}: AssessmentActivityProps) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const records = useMemo(
    () => [
      { table: 'assessments' as const, id: assessment.id },
      ...evidenceIds.map((id) => ({ table: 'evidence' as const, id })),
    ],
    [assessment.id, evidenceIds],
  );
  const events = useAuditTrail(records);
  const numbers = useMemo(
    () =>
      new Map(
        checklist.sections.flatMap((section, s) =>
          section.items.map((item, i) => [item.id, `${s + 1}.${i + 1}`] as const),
        ),
      ),
    [checklist],
  );
  const formatDateTime = useFormatDateTime();

  const describe = (event: AuditEvent): string => {
    const changes = event.changes ?? {};
    if (event.table === 'evidence') {
      const name = changes.fileName?.[1] ?? changes.fileName?.[0];
      return t(`assessments.activity.evidence.${event.action}`, {
        name: typeof name === 'string' ? name : '',
      });
    }
    if (event.action === 'create') return t('assessments.activity.started');
    const status = changes.status?.[1];
    if (status === 'draft' || status === 'in-review' || status === 'approved')
      return t('assessments.activity.status', { status: t(`assessments.status.${status}`) });
    const answered = Object.keys(changes)
      .filter((field) => field.startsWith('answers.'))
      .map((field) => numbers.get(field.slice('answers.'.length)) ?? field.slice('answers.'.length));
    const other = Object.keys(changes)
      .filter((field) => !field.startsWith('answers.'))
      .map((field) => t(`assessments.activity.fields.${field}`, { defaultValue: field }));
    return [
      ...(answered.length > 0 ? [t('assessments.activity.answers', { items: answered.join(', ') })] : []),
      ...(other.length > 0 ? [t('assessments.activity.changed', { fields: other.join(', ') })] : []),
    ].join(' · ');
  };

  if (!events) return null;
  const visible = all ? events : events.slice(0, shown);
  return (
    <Stack gap="xs" component="section" aria-labelledby="assessment-activity">
      <Title order={2} size="h3" id="assessment-activity">
        {t('assessments.activity.title')}
      </Title>
      <Table fz="sm" striped aria-labelledby="assessment-activity">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('assessments.activity.when')}</Table.Th>
            <Table.Th>{t('assessments.activity.who')}</Table.Th>
            <Table.Th>{t('assessments.activity.what')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {visible.map((event) => (
            <Table.Tr key={event.id}>
              <Table.Td>{formatDateTime(event.at)}</Table.Td>
              <Table.Td>{event.actor || t('common.unnamedUser')}</Table.Td>
              <Table.Td>
                {describe(event)}
                {event.imported && (
                  <Text size="xs" c="dimmed" title={event.imported.sha256}>
                    {t('assessments.activity.imported', {
                      fileName: event.imported.fileName,
                      sha256: `${event.imported.sha256.slice(0, 12)}…`,
                      by: event.imported.by || t('common.unnamedUser'),
                      date: formatDateTime(event.imported.at),
                    })}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {!all && events.length > shown && (
        <Text size="sm">
          <Button variant="subtle" size="xs" onClick={() => setAll(true)}>
            {t('assessments.activity.showAll', { count: events.length })}
          </Button>
        </Text>
      )}
    </Stack>
  );
});
