import { useEffect } from 'react';
import { useDependencies } from '@renderer/data/dependencies';
import { useLicences } from '@renderer/data/licences';
import { useRisks } from '@renderer/data/risks';
import { useVendors } from '@renderer/data/vendors';
import { buildSearchIndex, type SearchIndex } from './searchIndex';

/** A burst of changes (an import, a cascade) rebuilds the index once, after it settles. */
const REBUILD_DELAY_MS = 250;

/**
 * Keeps a search index of the live vendors, dependencies, licences and risks, rebuilt in the background when they change.
 * Mounted only once the search has been opened, so a session that never searches never pays for it.
 */
export const SearchIndexFeed = ({ onIndex }: { onIndex: (index: SearchIndex) => void }) => {
  const vendors = useVendors();
  const dependencies = useDependencies();
  const licences = useLicences();
  const risks = useRisks();

  useEffect(() => {
    if (!vendors || !dependencies || !licences || !risks) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      void buildSearchIndex({ vendors, dependencies, licences, risks }, () => cancelled).then((index) => {
        if (index) onIndex(index);
      });
    }, REBUILD_DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [vendors, dependencies, licences, risks, onIndex]);

  return null;
};
