import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '@shared/domain';
import type { AuditNames } from '@renderer/data/audit-names';
import type { AuditWording } from './auditWording';

interface EventChangesProps {
  event: AuditEvent;
  names: AuditNames;
  wording: AuditWording;
}

/** Every change of one event, a line each ("Name: Acme → Acme Networks"), and how many more past the cap. */
export const EventChanges = ({ event, names, wording }: EventChangesProps) => {
  const { t } = useTranslation();
  const { lines, omitted } = wording.changes(event, names);
  if (lines.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('activity.noChange')}
      </Text>
    );
  return (
    <List size="sm" spacing={2}>
      {lines.map((line, index) => (
        <List.Item key={index}>{line.line}</List.Item>
      ))}
      {omitted > 0 && <List.Item>{t('activity.more', { count: omitted })}</List.Item>}
    </List>
  );
};
