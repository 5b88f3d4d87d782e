import { Text } from '@mantine/core';
import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { PrintablePage } from '@shared/ipc';
import { REPORT_READY_EVENT } from '@shared/report/print-ready';
import { BoardReportDocument } from './document/BoardReportDocument';
import { useBoardReport } from './useBoardReport';
import { paths } from '@renderer/paths';

export const boardReportPrintPath: PrintablePage = '/reports/board/print';

/**
 * The board report alone on the page, as it prints. Once every chart is drawn it signals the page ready —
 * the desktop app waits for that signal in a hidden window before printing it to PDF. With `?print` (the web
 * build's export) it opens the browser's print dialog, then goes back to the Reports screen.
 */
export const BoardReportPrintPage = () => {
  const { t } = useTranslation();
  const view = useBoardReport();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const printing = params.has('print');
  const started = useRef(false);

  const onReady = useCallback(() => {
    document.body.dataset.reportReady = 'true';
    document.dispatchEvent(new Event(REPORT_READY_EVENT));
    if (!printing || started.current) return;
    started.current = true;
    window.print();
    void navigate(paths.reports);
  }, [printing, navigate]);

  if (!view) return <Text c="dimmed">{t('common.loading')}</Text>;
  return <BoardReportDocument blocks={view.blocks} frame={view.frame} print onReady={onReady} />;
};
