export type StoragePersistence = 'persistent' | 'best-effort' | 'unknown';

/**
 * Asks the browser not to evict the workspace under storage pressure. Electron grants it; a browser may
 * refuse, and the Settings screen then tells the user to keep backups.
 */
export const requestPersistentStorage = async (): Promise<StoragePersistence> => {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return 'unknown';
  try {
    if (await navigator.storage.persisted()) return 'persistent';
    return (await navigator.storage.persist()) ? 'persistent' : 'best-effort';
  } catch {
    return 'unknown';
  }
};
