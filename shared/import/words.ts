import type { RegisterLabels } from '../export/labels';

/**
 * The words of the workbook and CSV files in every language the app speaks, the user's first: an import
 * reads headers and values with any of them (a file exported in French comes back into an English app).
 * Without any, only the file format's own names are read ("hqCountry", "state-owned"), as the templates
 * of earlier versions wrote them. The file itself never defines what a word means.
 */
export type ImportWords = readonly RegisterLabels[];
