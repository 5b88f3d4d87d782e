/**
 * How long a page object waits for a file from outside to be read. Each file is read in a worker of its
 * own, which loads the spreadsheet library afresh: about a second, several on a machine under load, and
 * never past the worker's 30 s idle limit.
 */
export const FILE_READ_TIMEOUT = 30_000;
