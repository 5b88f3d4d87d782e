import { Alert, Button, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogActions } from './DialogActions';
import type { ApproverCheck } from './useSelfApprovalCheck';
import { useErrorMessage } from '@renderer/ui/useErrorMessage';

interface NameStepModalProps {
  title: string;
  nameLabel: string;
  nameDescription?: string;
  initialName: string;
  confirmLabel: string;
  children?: ReactNode;
  /** What to say about the name as it is typed; a refused check keeps the step from being confirmed. */
  checkName?: (name: string) => ApproverCheck | undefined;
  onConfirm: (name: string) => Promise<unknown>;
  onClose: () => void;
}

/**
 * A review step of an assessment or a decision that names who takes it (the reviewer, the approver) before
 * it is written; the approver is checked as it is typed (see useSelfApprovalCheck).
 */
export const NameStepModal = ({
  title,
  nameLabel,
  nameDescription,
  initialName,
  confirmLabel,
  children,
  checkName,
  onConfirm,
  onClose,
}: NameStepModalProps) => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [name, setName] = useState(initialName);
  const [problem, setProblem] = useState<string>();
  const [saving, setSaving] = useState(false);
  const check = checkName?.(name);

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
        {check && (
          <Alert color={check.refused ? 'red' : 'yellow'} role={check.refused ? 'alert' : 'status'}>
            {check.message}
          </Alert>
        )}
        {children}
        {problem && (
          <Text c="red" size="sm" role="alert">
            {problem}
          </Text>
        )}
        <DialogActions>
          <Button variant="default" onClick={onClose}>
            {t('common.actions.cancel')}
          </Button>
          <Button
            onClick={() => void confirm()}
            loading={saving}
            disabled={!name.trim() || check?.refused === true}
          >
            {confirmLabel}
          </Button>
        </DialogActions>
      </Stack>
    </Modal>
  );
};
