import { Button, Group, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useErrorMessage } from '@renderer/ui/useErrorMessage';
import { recordReport } from '@renderer/data/reports';
import { paths } from '@renderer/paths';
import { platform } from '@renderer/platform';
import { localToday } from '@shared/domain';
import type { PrintStage } from '@shared/ipc';
import { buildReportDocx } from '@shared/report/docx/build-report-docx';
import { PrintProgress } from './PrintProgress';
import { reportFileName } from './reportFileName';
import type { BoardReportView } from './useBoardReport';

type ExportKind = 'pdf' | 'docx';

const fileFilters: Record<ExportKind, { name: string; extensions: string[] }> = {
  pdf: { name: 'PDF', extensions: ['pdf'] },
  docx: { name: 'Word', extensions: ['docx'] },
};

/** Export the board report as PDF or as an editable Word file; each saved file is registered. */
export const BoardReportActions = ({ view }: { view: BoardReportView | undefined }) => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const navigate = useNavigate();
  const [building, setBuilding] = useState<ExportKind>();
  const [printStage, setPrintStage] = useState<PrintStage>();

  /** Saves the file where the user chooses and registers it with its SHA-256. */
  const saveAndRecord = async (kind: ExportKind, data: Uint8Array<ArrayBuffer>, title: string) => {
    const saved = await platform.saveFile({
      suggestedName: reportFileName(title, localToday(), kind),
      data,
      filters: [fileFilters[kind]],
    });
    if (!saved.ok) throw new Error(saved.error);
    if (saved.value.status !== 'saved') return;
    const { fileName } = saved.value;
    await recordReport({ kind: kind === 'pdf' ? 'board-pdf' : 'board-docx', title, fileName, data });
    notifications.show({ color: 'green', message: t('reports.board.saved', { name: fileName }) });
  };

  const exporting =
    (kind: ExportKind, produce: (current: BoardReportView) => Promise<Uint8Array<ArrayBuffer> | undefined>) =>
    async () => {
      if (!view) return;
      setBuilding(kind);
      try {
        const data = await produce(view);
        if (data) await saveAndRecord(kind, data, view.frame.title);
      } catch (error) {
        notifications.show({
          color: 'red',
          message: t('reports.board.failed', { message: errorMessage(error) }),
        });
      } finally {
        setBuilding(undefined);
      }
    };

  // The desktop app prints the report in a hidden window, shows its stages here with a Cancel until the
  // printing starts, and returns the PDF; a browser can only print the page it shows, so the web build opens
  // the print page, which shows the stages and opens the print dialog.
  const exportPdf = exporting('pdf', async () => {
    if (platform.platform !== 'electron') {
      await navigate(`${paths.boardReportPrint}?print`);
      return undefined;
    }
    setPrintStage({ step: 'building' });
    const stopListening = platform.onPrintStage(setPrintStage);
    try {
      const result = await platform.printToPdf({ page: paths.boardReportPrint });
      if (!result.ok) throw new Error(result.error);
      return result.value.kind === 'pdf' ? new Uint8Array(result.value.data) : undefined;
    } finally {
      stopListening();
      setPrintStage(undefined);
    }
  });
  const exportWord = exporting(
    'docx',
    async (current) => new Uint8Array(await buildReportDocx(current.blocks, current.frame)),
  );

  return (
    <Stack gap="xs">
      <Group>
        <Button onClick={() => void exportPdf()} loading={building === 'pdf'} disabled={!view}>
          {t('reports.board.exportPdf')}
        </Button>
        <Button
          variant="light"
          onClick={() => void exportWord()}
          loading={building === 'docx'}
          disabled={!view}
        >
          {t('reports.board.exportWord')}
        </Button>
        <Button variant="subtle" component={Link} to={paths.boardReportPrint} disabled={!view}>
          {t('reports.board.printView')}
        </Button>
      </Group>
      {printStage && <PrintProgress stage={printStage} onCancel={() => void platform.cancelPrint()} />}
    </Stack>
  );
};
