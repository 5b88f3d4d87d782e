import { Alert, Anchor, Button, Divider, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isImportEntity, type ImportEntity } from '@shared/import';
import { PageTitle } from '@renderer/ui/PageTitle';
import { FileField } from '@renderer/ui/FileField';
import { FileTaskStatusLine } from '@renderer/ui/FileTaskStatusLine';
import { ImportPreview } from './ImportPreview';
import { TemplateButtons } from './TemplateButtons';
import { useImport } from './useImport';

/** /import/:entity — bulk import of vendors, dependencies, licences or risks from CSV or XLSX. */
export const ImportPage = () => {
  const { entity } = useParams();
  const { t } = useTranslation();
  if (!isImportEntity(entity)) return <Text>{t('importer.unknownEntity')}</Text>;
  // Keyed so that switching between vendors and dependencies starts afresh.
  return <EntityImport key={entity} entity={entity} />;
};

const EntityImport = ({ entity }: { entity: ImportEntity }) => {
  const { t } = useTranslation();
  const { state, choose, commit, cancelCommit, task } = useImport(entity);
  const busy = task.reading || state.status === 'committing';

  return (
    <Stack gap="lg" maw={1100}>
      <div>
        <Anchor component={Link} to={`/${entity}`} size="sm">
          {t(`importer.backToList.${entity}`)}
        </Anchor>
        <PageTitle>{t(`importer.title.${entity}`)}</PageTitle>
        <Text>{t(`importer.intro.${entity}`)}</Text>
      </div>
      <TemplateButtons entity={entity} />
      <Divider />
      <FileField
        label={t('importer.file.label')}
        description={t('importer.file.description')}
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChoose={(file) => void choose(file)}
        disabled={busy}
      />
      <FileTaskStatusLine status={task.status} onCancel={task.cancel} />
      {state.status === 'failed' && (
        <Alert color="red">{t('importer.result.failed', { message: state.error })}</Alert>
      )}
      {(state.status === 'preview' || state.status === 'committing') && (
        <ImportPreview
          fileName={state.fileName}
          plan={state.plan}
          written={state.status === 'committing' ? state.written : undefined}
          cancelled={state.status === 'preview' && state.cancelled === true}
          onCommit={() => void commit()}
          onCancelCommit={cancelCommit}
        />
      )}
      {state.status === 'done' && (
        <Alert color="green">
          <Stack gap="xs" align="flex-start">
            <Text>
              {t(`importer.result.${entity}`, {
                count: state.summary.count,
                created: state.summary.created,
                updated: state.summary.updated,
              })}
            </Text>
            <Button component={Link} to={`/${entity}`} variant="light">
              {t(`importer.backToList.${entity}`)}
            </Button>
          </Stack>
        </Alert>
      )}
    </Stack>
  );
};
