import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { usePinnedVersions } from '@renderer/data/checklist-commands';
import { useChecklist } from '@renderer/data/checklists';
import { PageTitle } from '@renderer/ui/PageTitle';
import { ChecklistForm } from './ChecklistForm';
import { ChecklistNotFound } from './ChecklistNotFound';
import { paths } from '@renderer/paths';

const noPinnedVersions: readonly string[] = [];

export const NewChecklistPage = () => {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('checklists.form.titleNew')}</PageTitle>
      <ChecklistForm pinnedVersions={noPinnedVersions} />
    </>
  );
};

/** The editor opens once the checklist and its assessments' versions are loaded; built-ins are read-only. */
export const EditChecklistPage = () => {
  const { t } = useTranslation();
  const { checklistId } = useParams();
  const checklist = useChecklist(checklistId);
  const pinnedVersions = usePinnedVersions(checklistId);
  if (checklist === undefined || pinnedVersions === undefined)
    return <Text c="dimmed">{t('common.loading')}</Text>;
  if (checklist === null) return <ChecklistNotFound />;
  if (checklist.builtIn) {
    return (
      <Stack>
        <PageTitle>{t('checklists.form.builtInTitle')}</PageTitle>
        <Alert color="blue">{t('checklists.form.builtInBody')}</Alert>
        <Button component={Link} to={paths.checklists.view(checklist.id)} style={{ alignSelf: 'flex-start' }}>
          {t('checklists.form.backToChecklist')}
        </Button>
      </Stack>
    );
  }
  return (
    <>
      <PageTitle>{t('checklists.form.titleEdit', { name: checklist.name })}</PageTitle>
      <ChecklistForm key={checklist.id} checklist={checklist} pinnedVersions={pinnedVersions} />
    </>
  );
};
