import { Group, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { summariseSbom } from '@shared/sbom/summarise';
import { useDependencySbom } from '@renderer/data/sbom';
import { RemoveSbomButton } from './RemoveSbomButton';
import { SbomComponentTable } from './SbomComponentTable';
import { FileField } from '@renderer/ui/FileField';
import { FileTaskStatusLine } from '@renderer/ui/FileTaskStatusLine';
import { useFormatDateTime } from '@renderer/ui/useFormatDateTime';
import { SbomImportPreview } from './SbomImportPreview';
import { SbomSummary } from './SbomSummary';
import { classifyLicence, toSbomRows } from './sbomRows';
import { useSbomImport } from './useSbomImport';

/** A dependency's SBOM: import (CycloneDX / SPDX JSON) and the licence summary of its components. */
export const DependencySbomSection = ({ dependencyId }: { dependencyId: string }) => {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const sbom = useDependencySbom(dependencyId);
  const { state, task, choose, confirm, cancel } = useSbomImport(dependencyId);
  const summary = useMemo(
    () => (sbom === undefined ? undefined : summariseSbom(sbom?.components ?? [], classifyLicence)),
    [sbom],
  );
  const rows = useMemo(() => (sbom ? toSbomRows(sbom.components) : []), [sbom]);
  const busy = task.reading || state.step === 'importing';

  return (
    <Stack gap="md" component="section" aria-labelledby="dependency-sbom">
      <Group justify="space-between" align="flex-start">
        <Title order={2} size="h3" id="dependency-sbom">
          {t('sbom.section.title')}
        </Title>
        {rows.length > 0 && <RemoveSbomButton dependencyId={dependencyId} count={rows.length} />}
      </Group>
      <Text c="dimmed">{t('sbom.section.intro')}</Text>
      <FileField
        label={t('sbom.section.fileLabel')}
        description={t('sbom.section.fileDescription')}
        accept=".json,application/json"
        onChoose={(file) => void choose(file)}
        disabled={busy}
      />
      <FileTaskStatusLine status={task.status} onCancel={task.cancel} />
      {(state.step === 'checked' || state.step === 'importing') && (
        <SbomImportPreview
          fileName={state.fileName}
          result={state.result}
          currentCount={rows.length}
          importing={state.step === 'importing'}
          onConfirm={() => void confirm()}
          onCancel={cancel}
        />
      )}
      {summary === undefined ? (
        <Text c="dimmed">{t('sbom.section.loading')}</Text>
      ) : summary.total === 0 ? (
        <Text c="dimmed">{t('sbom.section.none')}</Text>
      ) : (
        <>
          {sbom && <Text>{t('sbom.section.updated', { at: formatDateTime(sbom.updatedAt) })}</Text>}
          <SbomSummary summary={summary} />
          <SbomComponentTable rows={rows} />
        </>
      )}
    </Stack>
  );
};
