import { Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { recordReport } from '../../data/reports';
import { platform } from '../../platform';
import { localToday } from '../vendors/dates';
import { BoardReportDocument } from './document/BoardReportDocument';
import { reportFileName } from './reportFileName';
import { useBoardReport } from './useBoardReport';

export const boardReportPrintPath = '/reports/board/print';

/**
 * The board report alone on the page, as it prints. With `?export=pdf` it prints itself once every chart
 * is drawn: the desktop app returns the PDF's bytes (saved and registered with their SHA-256); a browser
 * opens its print dialog. Then it goes back to the Reports screen.
 */
export const BoardReportPrintPage = () => {
  const { t } = useTranslation();
  const view = useBoardReport();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const exporting = params.get('export') === 'pdf';
  const started = useRef(false);

  const onReady = useCallback(() => {
    document.body.dataset.reportReady = 'true';
    if (!exporting || started.current || !view) return;
    started.current = true;
    void (async () => {
      const result = await platform.printToPdf({});
      if (result.ok && result.value.kind === 'pdf') {
        const data = new Uint8Array(result.value.data);
        const fileName = reportFileName(view.frame.title, localToday(), 'pdf');
        const saved = await platform.saveFile({
          suggestedName: fileName,
          data,
          filters: [{ name: 'PDF', extensions: ['pdf'] }],
        });
        if (saved.ok && saved.value.status === 'saved') {
          await recordReport({
            kind: 'board-pdf',
            title: view.frame.title,
            fileName: saved.value.fileName,
            data,
          });
          notifications.show({
            color: 'green',
            message: t('reports.board.saved', { name: saved.value.fileName }),
          });
        }
      } else if (!result.ok) {
        notifications.show({ color: 'red', message: result.error });
      }
      await navigate('/reports');
    })();
  }, [exporting, view, navigate, t]);

  if (!view) return <Text c="dimmed">{t('common.loading')}</Text>;
  return <BoardReportDocument blocks={view.blocks} frame={view.frame} print onReady={onReady} />;
};
