/**
 * The event the board report's print page sends on `document` once every chart is drawn, after setting
 * `document.body.dataset.reportReady` for a listener that comes late.
 */
export const REPORT_READY_EVENT = 'workbench:report-ready';

/**
 * Run in the hidden print window (Electron's executeJavaScript awaits a returned promise): resolves true as
 * soon as the page says it is drawn — at once if it already has, else on its one ready event. One signal,
 * no polling; the caller bounds the wait.
 */
export const whenReportReadyScript = `new Promise((resolve) => {
  if (document.body.dataset.reportReady === 'true') return resolve(true);
  document.addEventListener(${JSON.stringify(REPORT_READY_EVENT)}, () => resolve(true), { once: true });
})`;
