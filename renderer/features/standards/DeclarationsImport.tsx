import { Alert, Button, Group, List, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FileField } from '@renderer/ui/FileField';
import { useFormatNumber } from '@renderer/ui/useFormatNumber';
import { useTranslate } from '@renderer/ui/useTranslate';
import { useDeclarationsImport } from './useDeclarationsImport';

/** Choose a declarations file, watch it being read, read why it is refused or what it holds, then import. */
export const DeclarationsImport = () => {
  const { t } = useTranslation();
  const translate = useTranslate();
  const format = useFormatNumber();
  const { state, choose, confirm, cancel } = useDeclarationsImport();
  const busy = state.step === 'reading' || state.step === 'saving';

  return (
    <Stack gap="md" component="section" aria-labelledby="declarations-import" mb="xl">
      <Title order={2} size="h3" id="declarations-import">
        {t('standards.import.title')}
      </Title>
      <Text c="dimmed">{t('standards.import.intro')}</Text>
      <FileField
        label={t('standards.import.fileLabel')}
        description={t('standards.import.fileDescription')}
        accept=".csv,.txt,text/csv"
        onChoose={(file) => void choose(file)}
        disabled={busy}
      />
      {state.step === 'reading' && (
        <Group>
          <Stack gap={4} style={{ flex: 1 }}>
            <Text size="sm" role="status">
              {t('common.fileTask.reading', { fileName: state.fileName })}
            </Text>
            <Progress
              aria-label={t('standards.import.progress')}
              value={state.total > 0 ? (100 * state.done) / state.total : 0}
              transitionDuration={0}
            />
          </Stack>
          <Button variant="default" onClick={cancel}>
            {t('common.fileTask.cancel')}
          </Button>
        </Group>
      )}
      {state.step === 'refused' && (
        <Alert color="red" title={t('standards.import.refused', { fileName: state.fileName })}>
          <List>
            {state.problems.map((problem, index) => (
              <List.Item key={index}>{translate(problem.message, problem.params)}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {(state.step === 'checked' || state.step === 'saving') && (
        <Alert color="blue" title={t('standards.import.summaryTitle', { fileName: state.fileName })}>
          <Stack gap="xs">
            <Text>
              {t('standards.import.summary', {
                source: t(`standards.source.${state.read.source}`),
                rows: format.integer(state.read.rowCount),
                holders: format.integer(state.read.aggregates.holders.length),
                standards: format.integer(state.read.aggregates.standards.length),
                families: format.integer(state.read.aggregates.families),
              })}
            </Text>
            {state.read.rowIssues.length > 0 && (
              <List size="sm">
                {state.read.rowIssues.map((issue) => (
                  <List.Item key={issue.reason}>
                    {translate(`declarations.rows.${issue.reason}`, {
                      count: issue.count,
                      rows: issue.rows.join(', '),
                    })}
                  </List.Item>
                ))}
              </List>
            )}
            {state.read.ignoredColumns.length > 0 && (
              <Text size="sm">
                {t('standards.import.ignoredColumns', { columns: state.read.ignoredColumns.join(', ') })}
              </Text>
            )}
            <Text size="sm">{t('standards.import.replaces')}</Text>
            <Group>
              <Button onClick={() => void confirm()} loading={state.step === 'saving'}>
                {t('standards.import.confirm')}
              </Button>
              <Button variant="default" onClick={cancel} disabled={state.step === 'saving'}>
                {t('standards.import.discard')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
    </Stack>
  );
};
