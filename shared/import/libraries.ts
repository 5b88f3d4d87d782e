import type * as ExcelJsModule from 'exceljs';
import type * as IcsModule from 'ics';
import type * as PapaModule from 'papaparse';

/**
 * The parsing libraries are loaded on first use so they stay out of the app's main bundle. Node hands a
 * CommonJS module over as `default`, while bundlers may also spread it into named exports: accept both.
 */
type Papa = typeof PapaModule;
type ExcelJs = typeof ExcelJsModule;
type Ics = typeof IcsModule;

const commonJs = <T>(loaded: T & { default?: T }): T => loaded.default ?? loaded;

export const loadPapa = async (): Promise<Papa> => commonJs<Papa>(await import('papaparse'));

export const loadExcelJs = async (): Promise<ExcelJs> => commonJs<ExcelJs>(await import('exceljs'));

/** The .ics writer of the calendar export (and its validation library) likewise. */
export const loadIcs = async (): Promise<Ics> => commonJs<Ics>(await import('ics'));
