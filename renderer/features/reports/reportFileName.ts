import { safeFileName } from '@shared/file-name';

/** "Board report 2026-11-25.pdf": the title, made safe for any file system, and the date. */
export const reportFileName = (title: string, today: string, extension: 'pdf' | 'docx'): string =>
  `${safeFileName(title, 'report')} ${today}.${extension}`;
