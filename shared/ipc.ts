import { z } from 'zod';
import { fileNameProblem, fileNameProblemMessages } from './file-name';
import type { Result } from './result';

/**
 * The contract between the renderer and the desktop shell: every channel's name, the zod schema its input
 * must pass in the main process, and the type it returns. The preload exposes exactly these calls as named
 * methods of `window.workbench`; renderer/platform/web implements the same interface in a plain browser.
 */

export const languageSchema = z.enum(['en', 'fr']);
export type MenuLanguage = z.infer<typeof languageSchema>;

export const fileFilterSchema = z.strictObject({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^[a-z0-9]{1,10}$/i, 'extension must be letters and digits'))
    .min(1)
    .max(20),
});
export type FileFilter = z.infer<typeof fileFilterSchema>;

/** 512 MB: a workspace backup with its evidence files is the largest thing the app writes or reads. */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

/** A file name as suggested to the save dialog; shared/file-name.ts says what is refused and why. */
export const fileNameSchema = z.string().superRefine((name, ctx) => {
  const problem = fileNameProblem(name);
  if (problem) ctx.addIssue({ code: 'custom', message: fileNameProblemMessages[problem] });
});

export const saveFileInputSchema = z.strictObject({
  suggestedName: fileNameSchema,
  data: z
    .instanceof(Uint8Array)
    .refine((data) => data.byteLength <= MAX_FILE_BYTES, 'file is larger than 512 MB'),
  filters: z.array(fileFilterSchema).max(10).default([]),
});
export type SaveFileInput = z.input<typeof saveFileInputSchema>;
export type SaveFileOutput = { status: 'saved'; fileName: string } | { status: 'cancelled' };

export const openFileInputSchema = z.strictObject({
  filters: z.array(fileFilterSchema).max(10).default([]),
  maxBytes: z.number().int().positive().max(MAX_FILE_BYTES).default(MAX_FILE_BYTES),
});
export type OpenFileInput = z.input<typeof openFileInputSchema>;
export type OpenFileOutput =
  { status: 'opened'; fileName: string; data: Uint8Array } | { status: 'cancelled' };

/** The app pages the desktop app may print from a hidden window: the board report alone. */
export const printablePages = ['/reports/board/print'] as const;

export const printToPdfInputSchema = z.strictObject({
  landscape: z.boolean().default(false),
  /**
   * With a page, the desktop app loads it in a hidden window, waits for its ready signal
   * (shared/report/print-ready.ts) and prints that; without, it prints the window as it is.
   */
  page: z.enum(printablePages).optional(),
});
export type PrintToPdfInput = z.input<typeof printToPdfInputSchema>;
export type PrintablePage = (typeof printablePages)[number];
/**
 * The desktop app returns the PDF's bytes, or `cancelled` when the user cancelled before the printing
 * started; a browser can only open its own print dialog.
 */
export type PrintToPdfOutput =
  { kind: 'pdf'; data: Uint8Array } | { kind: 'cancelled' } | { kind: 'browser-print' };

/** At most this many charts in a report: a bound on what a page may claim, not a limit the report meets. */
const MAX_CHARTS = 10_000;

/**
 * Where the export of the report to PDF is: its model being built, its charts drawn, then its printing. The
 * hidden print page says the first two; the desktop app says when it prints.
 */
export const printStageSchema = z.discriminatedUnion('step', [
  z.strictObject({ step: z.literal('building') }),
  z.strictObject({
    step: z.literal('drawing'),
    drawn: z.number().int().min(0).max(MAX_CHARTS),
    total: z.number().int().min(0).max(MAX_CHARTS),
  }),
  z.strictObject({ step: z.literal('printing') }),
]);
export type PrintStage = z.infer<typeof printStageSchema>;

export const noInputSchema = z.undefined();

export type AppInfo = { name: string; version: string; electron: string; chrome: string };

export const menuCommands = ['new-vendor', 'import', 'export', 'about'] as const;
export const menuCommandSchema = z.enum(menuCommands);
export type MenuCommand = z.infer<typeof menuCommandSchema>;

/** The channel the main process sends menu commands on (main → renderer). */
export const MENU_COMMAND_CHANNEL = 'menu:command';

/** The channel the main process sends the stages of a PDF export on, to the window that asked for it. */
export const PRINT_STAGE_CHANNEL = 'view:print-stage';

/** Every invoke channel (renderer → main) with the schema its input is parsed with. */
export const ipcContract = {
  'app:get-info': noInputSchema,
  'file:save': saveFileInputSchema,
  'file:open': openFileInputSchema,
  'view:print-to-pdf': printToPdfInputSchema,
  'view:report-print-stage': printStageSchema,
  'view:cancel-print': noInputSchema,
  'menu:set-language': languageSchema,
} as const;

export type IpcChannel = keyof typeof ipcContract;

/** What each channel's handler returns (inside a Result). */
export type IpcOutputs = {
  'app:get-info': AppInfo;
  'file:save': SaveFileOutput;
  'file:open': OpenFileOutput;
  'view:print-to-pdf': PrintToPdfOutput;
  'view:report-print-stage': null;
  /** Whether a print job was cancelled: false when none runs or its printing has started. */
  'view:cancel-print': boolean;
  'menu:set-language': null;
};

export type IpcInput<C extends IpcChannel> = z.output<(typeof ipcContract)[C]>;

/**
 * Why the desktop app could not read or write a file, as a message key of the renderer's catalogues
 * (`platform.fileError.<key>`) with its parameters: the main process words nothing a user reads, the
 * renderer says it in the app's language.
 */
export const fileErrorKeys = [
  'diskFull',
  'noPermission',
  'readOnly',
  'notFound',
  'isFolder',
  'notAFile',
  'tooLarge',
  'unknown',
] as const;
export type FileErrorKey = (typeof fileErrorKeys)[number];
export interface FileError {
  key: FileErrorKey;
  fileName: string;
  /** The file's size and the import's limit, in bytes (tooLarge). */
  size?: number;
  limit?: number;
  /** The system's own words for an error the app does not know (unknown). */
  detail?: string;
}

/** A call that reads or writes a file: a failure may carry the file error to word. */
export type FileResult<T> = Result<T> | { ok: false; error: string; fileError: FileError };

export interface WorkbenchApi {
  readonly platform: 'electron' | 'web';
  getAppInfo(): Promise<Result<AppInfo>>;
  saveFile(input: SaveFileInput): Promise<FileResult<SaveFileOutput>>;
  openFile(input: OpenFileInput): Promise<FileResult<OpenFileOutput>>;
  printToPdf(input: PrintToPdfInput): Promise<Result<PrintToPdfOutput>>;
  /** Said by the hidden print page as it builds and draws the report. */
  reportPrintStage(stage: PrintStage): Promise<Result<null>>;
  /** Cancels the PDF export under way, unless its printing has started. */
  cancelPrint(): Promise<Result<boolean>>;
  /** Subscribes to the stages of a PDF export this window asked for; returns the function that unsubscribes. */
  onPrintStage(listener: (stage: PrintStage) => void): () => void;
  setMenuLanguage(language: MenuLanguage): Promise<Result<null>>;
  /** Subscribes to native menu commands; returns the function that unsubscribes. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
