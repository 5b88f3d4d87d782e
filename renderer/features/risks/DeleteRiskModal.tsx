import { useTranslation } from 'react-i18next';
import type { Risk } from '@shared/domain';
import { deleteRisk } from '@renderer/data/risks';
import { ConfirmDeleteModal } from '@renderer/ui/ConfirmDeleteModal';
import { paths } from '@renderer/paths';

interface DeleteRiskModalProps {
  risk: Risk;
  opened: boolean;
  onClose: () => void;
}

/** Confirms the deletion of a risk and its actions; nothing else links to a risk. */
export const DeleteRiskModal = ({ risk, opened, onClose }: DeleteRiskModalProps) => {
  const { t } = useTranslation();
  return (
    <ConfirmDeleteModal
      opened={opened}
      onClose={onClose}
      title={t('risks.delete.title', { title: risk.title })}
      body={t('risks.delete.body')}
      cancelLabel={t('risks.delete.cancel')}
      confirmLabel={t('risks.delete.confirm')}
      onDelete={() => deleteRisk(risk.id)}
      deletedMessage={t('risks.delete.deleted', { title: risk.title })}
      failedMessage={(reason) => t('risks.delete.failed', { reason })}
      then={paths.risks.list}
    />
  );
};
