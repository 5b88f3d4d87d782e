import { Button, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogActions } from '@renderer/ui/DialogActions';
import { useErrorMessage } from '@renderer/ui/useErrorMessage';

interface DecisionStepModalProps {
  title: string;
  nameLabel: string;
  nameDescription?: string;
  initialName: string;
  confirmLabel: string;
  onConfirm: (name: string) => Promise<unknown>;
  onClose: () => void;
}

/** A review step that names who takes it (the reviewer, the approver) before it is written. */
export const DecisionStepModal = ({
  title,
  nameLabel,
  nameDescription,
  initialName,
  confirmLabel,
  onConfirm,
  onClose,
}: DecisionStepModalProps) => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
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
          description={nameDescription}
          value={name}
          onChange={(event) => {
            setName(event.currentTarget.value);
            setProblem(undefined);
          }}
          required
          data-autofocus
        />
        {problem && (
          <Text c="red" size="sm" role="alert">
            {problem}
          </Text>
        )}
        <DialogActions>
          <Button variant="default" onClick={onClose}>
            {t('decisions.workflow.cancel')}
          </Button>
          <Button onClick={() => void confirm()} loading={saving} disabled={!name.trim()}>
            {confirmLabel}
          </Button>
        </DialogActions>
      </Stack>
    </Modal>
  );
};
