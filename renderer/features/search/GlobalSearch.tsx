import '@mantine/spotlight/styles.css';
import { Spotlight, useSpotlight } from '@mantine/spotlight';
import { useDeferredValue, useLayoutEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  MIN_QUERY_LENGTH,
  searchRecords,
  searchRecordTypes,
  type SearchHit,
  type SearchIndex,
} from './searchIndex';
import { SearchIndexFeed } from './SearchIndexFeed';
import { searchStore } from './searchSpotlight';
import { paths } from '@renderer/paths';

const sectionOf: Readonly<Record<SearchHit['type'], string>> = {
  vendor: paths.vendors.list,
  dependency: paths.dependencies.list,
  licence: paths.licences.list,
  risk: paths.risks.list,
};
const pathOf = (hit: SearchHit): string => `${sectionOf[hit.type]}/${hit.recordId}`;

/**
 * Ctrl/Cmd+K search across vendors, dependencies, licences and risks. Results follow the query a render behind the keyboard
 * (useDeferredValue), so typing stays fluid however large the workspace; the highlighted result is kept
 * in the spotlight store and rendered from it, so Enter always opens the first of the current results.
 */
export const GlobalSearch = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [used, setUsed] = useState(false);
  const [index, setIndex] = useState<SearchIndex | null>(null);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const { selected } = useSpotlight(searchStore);

  const hits = useMemo(() => {
    const found = index ? searchRecords(index, deferredQuery) : [];
    // Grouped by type in the order they are shown, so the keyboard walks them top to bottom.
    return searchRecordTypes.flatMap((type) => found.filter((hit) => hit.type === type));
  }, [index, deferredQuery]);

  // Before paint, so an Enter pressed as soon as new results show opens the first of them, not nothing.
  useLayoutEffect(() => {
    searchStore.setState((state) => ({ ...state, selected: hits.length > 0 ? 0 : -1 }));
  }, [hits]);

  const status = !index
    ? t('search.preparing')
    : deferredQuery.trim().length < MIN_QUERY_LENGTH
      ? t('search.typeMore')
      : hits.length === 0
        ? t('search.nothingFound', { query: deferredQuery.trim() })
        : null;

  const describe = (hit: SearchHit): string => {
    switch (hit.type) {
      case 'vendor':
        return [t('search.vendorDescription'), hit.legalName].filter(Boolean).join(' · ');
      case 'dependency':
        return hit.vendorName
          ? t('search.dependencyDescription', { vendor: hit.vendorName })
          : t('search.dependencyNoVendor');
      case 'licence':
        return hit.vendorName
          ? t('search.licenceDescription', { vendor: hit.vendorName })
          : t('search.licenceNoVendor');
      case 'risk':
        return t('search.riskDescription');
    }
  };

  const renderGroup = (type: SearchHit['type']) => {
    const group = hits.filter((hit) => hit.type === type);
    if (group.length === 0) return null;
    return (
      <Spotlight.ActionsGroup label={t(`search.groups.${type}`)}>
        {group.map((hit) => (
          <Spotlight.Action
            key={`${hit.type}:${hit.recordId}`}
            label={hit.name}
            description={describe(hit)}
            data-selected={hits.indexOf(hit) === selected || undefined}
            onClick={() => void navigate(pathOf(hit))}
          />
        ))}
      </Spotlight.ActionsGroup>
    );
  };

  return (
    <>
      {used && <SearchIndexFeed onIndex={setIndex} />}
      <Spotlight.Root
        store={searchStore}
        shortcut="mod+K"
        // Ctrl/Cmd+K works from inside a form field too: it is not a key anyone types as text.
        tagsToIgnore={[]}
        query={query}
        onQueryChange={setQuery}
        onSpotlightOpen={() => setUsed(true)}
        scrollable
      >
        <Spotlight.Search aria-label={t('search.inputLabel')} placeholder={t('search.placeholder')} />
        <Spotlight.ActionsList aria-label={t('search.inputLabel')}>
          {searchRecordTypes.map((type) => renderGroup(type))}
          {status && <Spotlight.Empty>{status}</Spotlight.Empty>}
        </Spotlight.ActionsList>
      </Spotlight.Root>
    </>
  );
};
