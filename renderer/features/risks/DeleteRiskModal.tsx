import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Risk } from '@shared/domain';
import { describeError, isQuotaError } from '../../data/errors';
import { deleteRisk } from '../../data/risks';

interface DeleteRiskModalProps {
  risk: Risk;
  opened: boolean;
  onClose: () => void;
}

/** Confirms the deletion of a risk and its actions; nothing else links to a risk. */
export const DeleteRiskModal = ({ risk, opened, onClose }: DeleteRiskModalProps) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [deleting, setDeleting] = useState(false);

  const confirm = async () => {
    setDeleting(true);
    try {
      await deleteRisk(risk.id);
      notifications.show({ color: 'green', message: t('risks.delete.deleted', { title: risk.title }) });
      void navigate('/risks');
    } catch (error) {
      const reason = isQuotaError(error) ? t('common.errors.quota') : describeError(error);
      notifications.show({ color: 'red', message: t('risks.delete.failed', { reason }) });
      setDeleting(false);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('risks.delete.title', { title: risk.title })}>
      <Stack>
        <Text>{t('risks.delete.body')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('risks.delete.cancel')}
          </Button>
          <Button color="red" onClick={() => void confirm()} loading={deleting}>
            {t('risks.delete.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};
