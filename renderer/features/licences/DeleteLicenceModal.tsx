import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Licence } from '@shared/domain';
import { describeError, isQuotaError } from '../../data/errors';
import { deleteLicence } from '../../data/licences';

interface DeleteLicenceModalProps {
  licence: Licence;
  opened: boolean;
  onClose: () => void;
}

/** Asks before deleting a licence, saying that the risks citing it are kept. */
export const DeleteLicenceModal = ({ licence, opened, onClose }: DeleteLicenceModalProps) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [deleting, setDeleting] = useState(false);

  const confirm = async () => {
    setDeleting(true);
    try {
      await deleteLicence(licence.id);
      notifications.show({ color: 'green', message: t('licences.delete.deleted', { title: licence.title }) });
      void navigate('/licences');
    } catch (error) {
      const reason = isQuotaError(error) ? t('common.errors.quota') : describeError(error);
      notifications.show({ color: 'red', message: t('licences.delete.failed', { reason }) });
      setDeleting(false);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('licences.delete.title', { title: licence.title })}>
      <Stack>
        <Text>{t('licences.delete.intro')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('licences.delete.cancel')}
          </Button>
          <Button color="red" onClick={() => void confirm()} loading={deleting}>
            {t('licences.delete.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};
