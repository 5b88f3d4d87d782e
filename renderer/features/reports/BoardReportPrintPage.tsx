import { Text } from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { PrintStage } from '@shared/ipc';
import { REPORT_READY_EVENT } from '@shared/report/print-ready';
import { BoardReportDocument } from './document/BoardReportDocument';
import { PrintProgress } from './PrintProgress';
import { useBoardReport } from './useBoardReport';
import { paths } from '@renderer/paths';
import { platform } from '@renderer/platform';

/**
 * The board report alone on the page, as it prints. Once every chart is drawn it signals the page ready —
 * the desktop app waits for that signal in a hidden window before printing it to PDF. With `?print` (the web
 * build's export) it shows its stages — the model built, the charts drawn, the printing — with a Cancel until
 * the printing starts, then opens the browser's print dialog and goes back to the Reports screen. In the
 * desktop app's hidden window it says its stages to the app, which shows them in its own window.
 */
export const BoardReportPrintPage = () => {
  const { t } = useTranslation();
  const view = useBoardReport();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const printing = params.has('print');
  const [stage, setStage] = useState<PrintStage>({ step: 'building' });

  const onReady = useCallback(() => {
    document.body.dataset.reportReady = 'true';
    document.dispatchEvent(new Event(REPORT_READY_EVENT));
    if (printing) setStage({ step: 'printing' });
  }, [printing]);
  const onChartDrawn = useCallback(
    (drawn: number, total: number) => setStage({ step: 'drawing', drawn, total }),
    [],
  );
  const backToReports = useCallback(() => void navigate(paths.reports), [navigate]);

  useEffect(() => {
    if (!printing && platform.platform === 'electron') void platform.reportPrintStage(stage);
  }, [printing, stage]);

  // Printed once the "printing" stage is on screen, so the user sees the export has reached it.
  const started = useRef(false);
  useEffect(() => {
    if (stage.step !== 'printing' || started.current) return;
    started.current = true;
    window.print();
    backToReports();
  }, [stage, backToReports]);

  const progress = printing && <PrintProgress stage={stage} onCancel={backToReports} />;
  if (!view) return progress || <Text c="dimmed">{t('common.loading')}</Text>;
  return (
    <>
      {progress}
      <BoardReportDocument
        blocks={view.blocks}
        frame={view.frame}
        print
        onReady={onReady}
        onChartDrawn={onChartDrawn}
      />
    </>
  );
};
