import { ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '@renderer/ui/PageTitle';
import { BoardReportActions } from './BoardReportActions';
import { BoardReportOptions } from './BoardReportOptions';
import { DataExportsCard } from './DataExportsCard';
import { BoardReportDocument } from './document/BoardReportDocument';
import { ExportedReportsCard } from './ExportedReportsCard';
import { useBoardReport } from './useBoardReport';

/** The board report (options, live preview, PDF and Word), the registers as workbook and CSV, and the files exported. */
export const ReportsPage = () => {
  const { t } = useTranslation();
  const view = useBoardReport();
  return (
    <Stack gap="xl">
      <PageTitle>{t('sections.reports.title')}</PageTitle>
      <BoardReportOptions />
      <BoardReportActions view={view} />
      <Stack gap="xs" component="section" aria-labelledby="report-preview">
        <Title order={2} size="h3" id="report-preview">
          {t('reports.board.preview')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('reports.board.previewHint')}
        </Text>
        {view ? (
          <ScrollArea.Autosize mah="80vh" type="auto" offsetScrollbars>
            <BoardReportDocument blocks={view.blocks} frame={view.frame} print={false} />
          </ScrollArea.Autosize>
        ) : (
          <Text c="dimmed">{t('common.loading')}</Text>
        )}
      </Stack>
      <DataExportsCard />
      <ExportedReportsCard />
    </Stack>
  );
};
