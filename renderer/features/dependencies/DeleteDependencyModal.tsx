import { Button, List, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Dependency } from '@shared/domain';
import { deleteDependency, useDependencyReferences } from '@renderer/data/dependencies';
import { useErrorMessage } from '@renderer/ui/useErrorMessage';
import { paths } from '@renderer/paths';
import { DialogActions } from '@renderer/ui/DialogActions';

interface DeleteDependencyModalProps {
  dependency: Dependency;
  opened: boolean;
  onClose: () => void;
}

/**
 * Deleting a dependency says which links go with it: other dependencies stop listing it as upstream,
 * licences stop covering it and risks stop naming it; those records themselves are kept.
 */
export const DeleteDependencyModal = ({ dependency, opened, onClose }: DeleteDependencyModalProps) => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const navigate = useNavigate();
  const references = useDependencyReferences(dependency.id);
  const [deleting, setDeleting] = useState(false);

  const confirm = async () => {
    setDeleting(true);
    try {
      await deleteDependency(dependency.id);
      notifications.show({
        color: 'green',
        message: t('dependencies.delete.deleted', { name: dependency.name }),
      });
      void navigate(paths.dependencies.list);
    } catch (error) {
      const reason = errorMessage(error);
      notifications.show({ color: 'red', message: t('dependencies.delete.failed', { reason }) });
      setDeleting(false);
    }
  };

  const consequences: string[] = [];
  if (references) {
    const { dependents, licences, risks } = references;
    if (dependents > 0) consequences.push(t('dependencies.delete.dependents', { count: dependents }));
    if (licences > 0) consequences.push(t('dependencies.delete.licences', { count: licences }));
    if (risks > 0) consequences.push(t('dependencies.delete.risks', { count: risks }));
  }

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('dependencies.delete.title', { name: dependency.name })}
    >
      <Stack>
        <Text>{t('dependencies.delete.intro')}</Text>
        {references === undefined ? (
          <Text c="dimmed">{t('common.loading')}</Text>
        ) : consequences.length === 0 ? (
          <Text>{t('dependencies.delete.nothingRefers')}</Text>
        ) : (
          <List spacing={4}>
            {consequences.map((line) => (
              <List.Item key={line}>{line}</List.Item>
            ))}
          </List>
        )}
        <DialogActions>
          <Button variant="default" onClick={onClose}>
            {t('dependencies.delete.cancel')}
          </Button>
          <Button color="red" onClick={() => void confirm()} loading={deleting} disabled={!references}>
            {t('dependencies.delete.confirm')}
          </Button>
        </DialogActions>
      </Stack>
    </Modal>
  );
};
