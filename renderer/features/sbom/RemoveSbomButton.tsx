import { Button, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '@renderer/ui/useErrorMessage';
import { clearSbom } from '@renderer/data/sbom';
import { DialogActions } from '@renderer/ui/DialogActions';

/** "Remove the SBOM", confirmed in a dialog saying how many components go. */
export const RemoveSbomButton = ({ dependencyId, count }: { dependencyId: string; count: number }) => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [opened, { open, close }] = useDisclosure(false);
  const [removing, setRemoving] = useState(false);

  const confirm = async () => {
    setRemoving(true);
    try {
      await clearSbom(dependencyId);
      notifications.show({ color: 'green', message: t('sbom.remove.removed') });
      close();
    } catch (error) {
      notifications.show({
        color: 'red',
        message: t('sbom.remove.failed', { reason: errorMessage(error) }),
      });
    } finally {
      setRemoving(false);
    }
  };

  return (
    <>
      <Button color="red" variant="outline" onClick={open}>
        {t('sbom.remove.button')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('sbom.remove.title')}>
        <Stack>
          <Text>{t('sbom.remove.body', { count })}</Text>
          <DialogActions>
            <Button variant="default" onClick={close}>
              {t('sbom.remove.cancel')}
            </Button>
            <Button color="red" onClick={() => void confirm()} loading={removing}>
              {t('sbom.remove.confirm')}
            </Button>
          </DialogActions>
        </Stack>
      </Modal>
    </>
  );
};
