import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SbomParseResult } from '@shared/sbom';
import { SbomProblemList } from './SbomProblemList';

interface SbomImportPreviewProps {
  fileName: string;
  result: SbomParseResult;
  /** Components of the SBOM stored now, which the import would replace. */
  currentCount: number;
  importing: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** What a chosen file holds before anything is written: its problems, or what the import would replace. */
export const SbomImportPreview = ({
  fileName,
  result,
  currentCount,
  importing,
  onConfirm,
  onCancel,
}: SbomImportPreviewProps) => {
  const { t } = useTranslation();
  if (!result.ok)
    return (
      <Alert color="red" title={t('sbom.preview.problemsTitle', { fileName })} role="alert">
        <Stack gap="xs">
          <Text size="sm">{t('sbom.preview.problemsIntro')}</Text>
          <SbomProblemList problems={result.problems} />
        </Stack>
      </Alert>
    );

  const count = result.components.length;
  return (
    <Stack gap="xs" component="section" aria-labelledby="sbom-preview">
      <Title order={3} size="h4" id="sbom-preview">
        {t('sbom.preview.readyTitle', { fileName })}
      </Title>
      <Text>
        {t('sbom.preview.summary', {
          count,
          format: t(`sbom.formats.${result.format}`),
          version: result.specVersion,
        })}
      </Text>
      {currentCount > 0 && <Text>{t('sbom.preview.replaces', { count: currentCount })}</Text>}
      {result.warnings.length > 0 && (
        <Alert color="yellow" title={t('sbom.preview.warningsTitle')}>
          <SbomProblemList problems={result.warnings} />
        </Alert>
      )}
      <Group>
        <Button onClick={onConfirm} loading={importing}>
          {currentCount > 0 ? t('sbom.preview.replace') : t('sbom.preview.import', { count })}
        </Button>
        <Button variant="default" onClick={onCancel} disabled={importing}>
          {t('sbom.preview.cancel')}
        </Button>
      </Group>
    </Stack>
  );
};
