import { Text } from '@mantine/core';
import type { AuditEvent } from '@shared/domain';
import type { AuditWording } from './auditWording';

/** The mark of an event merged from a colleague's file: which file (and its SHA-256), who merged it, when. */
export const ImportedMark = ({ event, wording }: { event: AuditEvent; wording: AuditWording }) =>
  event.imported ? (
    <Text size="xs" c="dimmed" title={event.imported.sha256}>
      {wording.imported(event.imported)}
    </Text>
  ) : null;
