import { SCHEMA_VERSION, WorkbenchDatabase } from '../db/database';

let current: WorkbenchDatabase | undefined;

/**
 * Opens the workspace database once for the life of the page. A failure is rethrown so the caller shows
 * the recovery screen; the half-open handle is dropped so "Try again" starts from scratch.
 */
export const openWorkspace = async (
  database: WorkbenchDatabase = new WorkbenchDatabase(),
): Promise<WorkbenchDatabase> => {
  try {
    await database.open();
    // Dexie 4 opens a database of a higher version without complaint, and this build would misread it.
    // Dexie stores its version n as IndexedDB version n × 10.
    const storedVersion = database.backendDB().version / 10;
    if (storedVersion > SCHEMA_VERSION) {
      const message = `The workspace was saved by a newer version of the app (schema ${storedVersion}).`;
      throw Object.assign(new Error(message), { name: 'VersionError' });
    }
  } catch (error) {
    database.close();
    throw error;
  }
  current?.close();
  current = database;
  return database;
};

export const workspace = (): WorkbenchDatabase => {
  if (!current) throw new Error('The workspace database is used before it was opened.');
  return current;
};

export const closeWorkspace = (): void => {
  current?.close();
  current = undefined;
};
