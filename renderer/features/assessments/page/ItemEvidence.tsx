import { ActionIcon, Anchor, Badge, Group, List, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { evidenceValidity, type EvidenceRecord } from '@shared/domain';
import { safeFileName } from '@shared/file-name';
import { detachEvidence, evidenceFile } from '@renderer/data/evidence';
import { platform } from '@renderer/platform';
import { useFormatNumber } from '@renderer/ui/useFormatNumber';
import { useFormatDate } from '@renderer/ui/useFormatDate';
import { useErrorMessage } from '@renderer/ui/useErrorMessage';

const validityColour = { valid: 'green', expiring: 'orange', expired: 'red', undated: 'gray' } as const;

interface ItemEvidenceProps {
  assessmentId: string;
  itemId: string;
  evidence: readonly EvidenceRecord[];
  today: string;
  locked: boolean;
}

/** The files attached to one answer: name, size, validity (expired ones flagged), save a copy, remove. */
export const ItemEvidence = ({ assessmentId, itemId, evidence, today, locked }: ItemEvidenceProps) => {
  const { t } = useTranslation();
  const { bytes } = useFormatNumber();
  const formatDate = useFormatDate();
  const errorMessage = useErrorMessage();
  if (evidence.length === 0) return null;

  const saveCopy = async (record: EvidenceRecord) => {
    try {
      const data = new Uint8Array(await (await evidenceFile(record.id)).arrayBuffer());
      // The stored name came with the file (or a colleague's workspace): the dialog gets it made safe.
      const suggestedName = safeFileName(record.fileName, 'evidence');
      const result = await platform.saveFile({ suggestedName, data });
      if (!result.ok) notifications.show({ color: 'red', message: result.error });
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error) });
    }
  };
  const remove = async (record: EvidenceRecord) => {
    try {
      await detachEvidence(assessmentId, itemId, record.id);
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error) });
    }
  };

  return (
    <List size="sm" spacing={4} aria-label={t('assessments.evidence.listLabel')}>
      {evidence.map((record) => {
        const validity = evidenceValidity(record, today);
        return (
          <List.Item key={record.id}>
            <Group gap="xs" wrap="wrap">
              <Tooltip label={`SHA-256 ${record.sha256}`}>
                <Anchor component="button" type="button" size="sm" onClick={() => void saveCopy(record)}>
                  {record.fileName}
                </Anchor>
              </Tooltip>
              <Text size="xs" c="dimmed">
                {bytes(record.size)}
              </Text>
              <Badge size="sm" variant="light" color={validityColour[validity]}>
                {record.validUntil
                  ? t(`assessments.evidence.validity.${validity}`, { date: formatDate(record.validUntil) })
                  : t('assessments.evidence.validity.undated')}
              </Badge>
              {!locked && (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="sm"
                  aria-label={t('assessments.evidence.remove', { name: record.fileName })}
                  onClick={() => void remove(record)}
                >
                  ×
                </ActionIcon>
              )}
            </Group>
          </List.Item>
        );
      })}
    </List>
  );
};
