import { useTranslation } from 'react-i18next';
import type { Licence } from '@shared/domain';
import { deleteLicence } from '@renderer/data/licences';
import { ConfirmDeleteModal } from '@renderer/ui/ConfirmDeleteModal';
import { paths } from '@renderer/paths';

interface DeleteLicenceModalProps {
  licence: Licence;
  opened: boolean;
  onClose: () => void;
}

/** Asks before deleting a licence, saying that the risks citing it are kept. */
export const DeleteLicenceModal = ({ licence, opened, onClose }: DeleteLicenceModalProps) => {
  const { t } = useTranslation();
  return (
    <ConfirmDeleteModal
      opened={opened}
      onClose={onClose}
      title={t('licences.delete.title', { title: licence.title })}
      body={t('licences.delete.intro')}
      cancelLabel={t('licences.delete.cancel')}
      confirmLabel={t('licences.delete.confirm')}
      onDelete={() => deleteLicence(licence.id)}
      deletedMessage={t('licences.delete.deleted', { title: licence.title })}
      failedMessage={(reason) => t('licences.delete.failed', { reason })}
      then={paths.licences.list}
    />
  );
};
