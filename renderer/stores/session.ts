import { create } from 'zustand';
import type { StoragePersistence } from '../data/storage';

interface SessionState {
  storagePersistence: StoragePersistence;
  setStoragePersistence: (value: StoragePersistence) => void;
}

/** Facts about this run of the app that several screens show; never persisted. */
export const useSession = create<SessionState>()((set) => ({
  storagePersistence: 'unknown',
  setStoragePersistence: (storagePersistence) => set({ storagePersistence }),
}));
