import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAssessmentErrorMessage } from './useAssessmentErrorMessage';

interface NameStepModalProps {
  title: string;
  nameLabel: string;
  initialName: string;
  confirmLabel: string;
  children?: ReactNode;
  onConfirm: (name: string) => Promise<unknown>;
  onClose: () => void;
}

/** A review step that names who takes it (the reviewer, the approver) before it is written. */
export const NameStepModal = ({
  title,
  nameLabel,
  initialName,
  confirmLabel,
  children,
  onConfirm,
  onClose,
}: NameStepModalProps) => {
  const { t } = useTranslation();
  const errorMessage = useAssessmentErrorMessage();
  const [name, setName] = useState(initialName);
  const [problem, setProblem] = useState<string>();
  const [saving, setSaving] = useState(false);

  const confirm = async () => {
    setSaving(true);
    try {
      await onConfirm(name);
      onClose();
    } catch (error) {
      setProblem(errorMessage(error));
      setSaving(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={title}>
      <Stack>
        <TextInput
          label={nameLabel}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          required
          data-autofocus
        />
        {children}
        {problem && (
          <Text c="red" size="sm" role="alert">
            {problem}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('assessments.actions.cancel')}
          </Button>
          <Button onClick={() => void confirm()} loading={saving} disabled={!name.trim()}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};
