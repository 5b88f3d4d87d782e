import { Alert, Anchor, Button, DataList, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { Checklist } from '@shared/domain';
import { checklistUsage, deleteChecklist, duplicateChecklist } from '@renderer/data/checklist-commands';
import { useChecklist } from '@renderer/data/checklists';
import { ConfirmDeleteModal } from '@renderer/ui/ConfirmDeleteModal';
import { Fact } from '@renderer/ui/Fact';
import { PageTitle } from '@renderer/ui/PageTitle';
import { StartAssessmentButton } from '@renderer/features/assessments';
import { RecordHistory } from '@renderer/features/activity';
import { ChecklistKindBadge } from './checklistColumns';
import { ChecklistNotFound } from './ChecklistNotFound';
import { ChecklistSectionsView } from './ChecklistSectionsView';
import { itemCount } from './checklistRows';
import { useErrorMessage } from '@renderer/ui/useErrorMessage';
import { useExportChecklist } from './useExportChecklist';
import { paths } from '@renderer/paths';

const ChecklistActions = ({ checklist }: { checklist: Checklist }) => {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const exportChecklist = useExportChecklist();
  const [deleteOpened, { open: openDelete, close: closeDelete }] = useDisclosure(false);

  const duplicate = async () => {
    try {
      const copy = await duplicateChecklist(
        checklist.id,
        t('checklists.detail.copyName', { name: checklist.name }),
        i18n.language,
      );
      notifications.show({ color: 'green', message: t('checklists.detail.duplicated', { name: copy.name }) });
      void navigate(paths.checklists.edit(copy.id));
    } catch (error) {
      notifications.show({
        color: 'red',
        message: t('checklists.detail.duplicateFailed', { reason: errorMessage(error) }),
      });
    }
  };

  // Checked before asking, so a checklist in use is refused with its reason rather than a failed delete.
  const askDelete = async () => {
    const used = await checklistUsage(checklist.id);
    if (used === 0) openDelete();
    else notifications.show({ color: 'red', message: t('checklists.refused.inUse', { count: used }) });
  };

  return (
    <Group>
      <StartAssessmentButton checklist={checklist} />
      <Button variant="default" onClick={() => void duplicate()}>
        {t('checklists.detail.duplicate')}
      </Button>
      <Button variant="default" onClick={() => void exportChecklist(checklist)}>
        {t('checklists.detail.export')}
      </Button>
      {!checklist.builtIn && (
        <>
          <Button component={Link} to={paths.checklists.edit(checklist.id)}>
            {t('checklists.detail.edit')}
          </Button>
          <Button color="red" variant="outline" onClick={() => void askDelete()}>
            {t('checklists.detail.delete')}
          </Button>
          <ConfirmDeleteModal
            opened={deleteOpened}
            onClose={closeDelete}
            title={t('checklists.delete.title', { name: checklist.name })}
            body={t('checklists.delete.body')}
            cancelLabel={t('checklists.delete.cancel')}
            confirmLabel={t('checklists.delete.confirm')}
            onDelete={() => deleteChecklist(checklist.id)}
            deletedMessage={t('checklists.delete.deleted', { name: checklist.name })}
            failedMessage={(reason) => t('checklists.delete.failed', { reason })}
            then={paths.checklists.list}
          />
        </>
      )}
    </Group>
  );
};

/** One checklist template: what it is, its sections and items, and what can be done with it. */
export const ChecklistDetailPage = () => {
  const { t } = useTranslation();
  const { checklistId } = useParams();
  const checklist = useChecklist(checklistId);

  if (checklist === undefined) return <Text c="dimmed">{t('common.loading')}</Text>;
  if (checklist === null) return <ChecklistNotFound />;

  return (
    <Stack gap="lg">
      <div>
        <Anchor component={Link} to={paths.checklists.list} size="sm">
          {t('checklists.detail.backToList')}
        </Anchor>
        <Group justify="space-between" align="flex-start">
          <PageTitle>{checklist.name}</PageTitle>
          <ChecklistActions checklist={checklist} />
        </Group>
      </div>
      {checklist.builtIn && <Alert color="blue">{t('checklists.detail.builtInNote')}</Alert>}
      <DataList>
        <Fact label={t('checklists.fields.version')}>{checklist.version}</Fact>
        <Fact label={t('checklists.fields.source')}>{checklist.source ?? '—'}</Fact>
        <Fact label={t('checklists.fields.subjectType')}>
          {t(`checklists.subjectType.${checklist.subjectType}`)}
        </Fact>
        <Fact label={t('checklists.fields.items')}>{itemCount(checklist)}</Fact>
        <Fact label={t('checklists.fields.builtIn')}>
          <ChecklistKindBadge builtIn={checklist.builtIn} />
        </Fact>
      </DataList>
      <ChecklistSectionsView sections={checklist.sections} />
      {!checklist.builtIn && <RecordHistory records={[{ table: 'checklists', id: checklist.id }]} />}
    </Stack>
  );
};
