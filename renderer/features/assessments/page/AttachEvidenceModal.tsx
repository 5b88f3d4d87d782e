import { Button, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { maxEvidenceBytes } from '@shared/domain';
import { attachEvidence } from '@renderer/data/evidence';
import { FileField } from '@renderer/ui/FileField';
import { useFormatNumber } from '@renderer/ui/useFormatNumber';
import { useErrorMessage } from '@renderer/ui/useErrorMessage';
import { DialogActions } from '@renderer/ui/DialogActions';

interface AttachEvidenceModalProps {
  assessmentId: string;
  item: { id: string; text: string };
  onClose: () => void;
}

/** Attaches one file to an item's answer, with the date until which it proves what it proves. */
export const AttachEvidenceModal = ({ assessmentId, item, onClose }: AttachEvidenceModalProps) => {
  const { t } = useTranslation();
  const { bytes } = useFormatNumber();
  const errorMessage = useErrorMessage();
  const [file, setFile] = useState<File>();
  const [validUntil, setValidUntil] = useState('');
  const [problem, setProblem] = useState<string>();
  const [saving, setSaving] = useState(false);

  const attach = async () => {
    if (!file) return;
    setSaving(true);
    try {
      await attachEvidence(assessmentId, item.id, file, validUntil || undefined);
      onClose();
    } catch (error) {
      setProblem(errorMessage(error));
      setSaving(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('assessments.evidence.attachTitle')}>
      <Stack>
        <Text size="sm">{item.text}</Text>
        <FileField
          label={t('assessments.evidence.file')}
          description={t('assessments.evidence.fileHint', { limit: bytes(maxEvidenceBytes) })}
          accept="*/*"
          disabled={saving}
          onChoose={(chosen) => {
            setFile(chosen);
            setProblem(
              chosen.size > maxEvidenceBytes
                ? t('assessments.errors.evidenceTooLarge', { name: chosen.name, size: bytes(chosen.size) })
                : undefined,
            );
          }}
        />
        <TextInput
          type="date"
          label={t('assessments.evidence.validUntil')}
          description={t('assessments.evidence.validUntilHint')}
          value={validUntil}
          onChange={(event) => setValidUntil(event.currentTarget.value)}
          w={220}
        />
        {problem && (
          <Text c="red" size="sm" role="alert">
            {problem}
          </Text>
        )}
        <DialogActions>
          <Button variant="default" onClick={onClose}>
            {t('assessments.actions.cancel')}
          </Button>
          <Button onClick={() => void attach()} disabled={!file || !!problem} loading={saving}>
            {t('assessments.evidence.attach')}
          </Button>
        </DialogActions>
      </Stack>
    </Modal>
  );
};
