import { Button, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useErrorMessage } from './useErrorMessage';
import { DialogActions } from './DialogActions';

interface ConfirmDeleteModalProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  body: string;
  cancelLabel: string;
  confirmLabel: string;
  /** The deletion itself (a data command); the dialog stays open and says why if it fails. */
  onDelete: () => Promise<void>;
  deletedMessage: string;
  failedMessage: (reason: string) => string;
  /** Where to go once deleted: the record's page no longer exists. */
  then: string;
}

/** Asks before deleting a record that nothing else depends on, then deletes it and leaves its page. */
export const ConfirmDeleteModal = ({
  opened,
  onClose,
  title,
  body,
  cancelLabel,
  confirmLabel,
  onDelete,
  deletedMessage,
  failedMessage,
  then,
}: ConfirmDeleteModalProps) => {
  const errorMessage = useErrorMessage();
  const navigate = useNavigate();
  const [deleting, setDeleting] = useState(false);

  const confirm = async () => {
    setDeleting(true);
    try {
      await onDelete();
      notifications.show({ color: 'green', message: deletedMessage });
      void navigate(then);
    } catch (error) {
      const reason = errorMessage(error);
      notifications.show({ color: 'red', message: failedMessage(reason) });
      setDeleting(false);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={title}>
      <Stack>
        <Text>{body}</Text>
        <DialogActions>
          <Button variant="default" onClick={onClose}>
            {cancelLabel}
          </Button>
          <Button color="red" onClick={() => void confirm()} loading={deleting}>
            {confirmLabel}
          </Button>
        </DialogActions>
      </Stack>
    </Modal>
  );
};
