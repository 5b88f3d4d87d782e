import type { default as MiniSearch, SearchResult } from 'minisearch';
import type { Dependency, Licence, Risk, Vendor } from '@shared/domain';
import { foldText } from '@renderer/ui/listFilters';

export type SearchRecordType = 'vendor' | 'dependency' | 'licence' | 'risk';

/** The order results are grouped in. */
export const searchRecordTypes: readonly SearchRecordType[] = ['vendor', 'dependency', 'licence', 'risk'];

/** The records the search covers. */
export interface SearchableRecords {
  vendors: readonly Vendor[];
  dependencies: readonly Dependency[];
  licences: readonly Licence[];
  risks: readonly Risk[];
}

/** What the index holds for one record; `vendorName` is only shown (a dependency's "of <vendor>"). */
interface SearchDocument {
  id: string;
  type: SearchRecordType;
  recordId: string;
  name: string;
  legalName?: string;
  tags: string;
  notes: string;
  vendorName?: string;
}

export interface SearchHit {
  type: SearchRecordType;
  recordId: string;
  name: string;
  legalName?: string;
  vendorName?: string;
}

export type SearchIndex = MiniSearch<SearchDocument>;

/** Queries shorter than this match too much to be useful and cost the most to score. */
export const MIN_QUERY_LENGTH = 2;
const RESULT_LIMIT = 20;

/** MiniSearch is loaded with the first index: a session that never searches never loads it. */
const createIndex = async (): Promise<SearchIndex> => {
  const { default: Index } = await import('minisearch');
  return new Index<SearchDocument>({
    fields: ['name', 'legalName', 'tags', 'notes'],
    storeFields: ['type', 'recordId', 'name', 'legalName', 'vendorName'],
    // The same folding as the list filters: "societe" finds "Société".
    processTerm: (term) => foldText(term),
    searchOptions: {
      prefix: true,
      // Typos are tolerated from four letters on; shorter words would match too many others.
      fuzzy: (term) => (term.length > 3 ? 0.2 : false),
      combineWith: 'AND',
      boost: { name: 3, legalName: 2, tags: 1.5 },
    },
  });
};

const toDocuments = ({ vendors, dependencies, licences, risks }: SearchableRecords): SearchDocument[] => {
  const vendorNames = new Map(vendors.map((vendor) => [vendor.id, vendor.name]));
  return [
    ...vendors.map((vendor) => ({
      id: `vendor:${vendor.id}`,
      type: 'vendor' as const,
      recordId: vendor.id,
      name: vendor.name,
      legalName: vendor.legalName,
      tags: vendor.tags.join(' '),
      notes: vendor.notes,
    })),
    ...dependencies.map((dependency) => ({
      id: `dependency:${dependency.id}`,
      type: 'dependency' as const,
      recordId: dependency.id,
      name: dependency.name,
      tags: dependency.tags.join(' '),
      notes: dependency.notes,
      vendorName: vendorNames.get(dependency.vendorId),
    })),
    ...licences.map((licence) => ({
      id: `licence:${licence.id}`,
      type: 'licence' as const,
      recordId: licence.id,
      name: licence.title,
      tags: [licence.spdxExpression, licence.standard].filter(Boolean).join(' '),
      notes: licence.notes,
      vendorName: licence.vendorId ? vendorNames.get(licence.vendorId) : undefined,
    })),
    ...risks.map((risk) => ({
      id: `risk:${risk.id}`,
      type: 'risk' as const,
      recordId: risk.id,
      name: risk.title,
      tags: risk.owner ?? '',
      notes: risk.description,
    })),
  ];
};

/**
 * Builds the index in chunks, yielding to the browser between them, so typing elsewhere stays fluid while
 * tens of thousands of records are indexed. `isCancelled` stops a build that newer data made pointless.
 */
export const buildSearchIndex = async (
  records: SearchableRecords,
  isCancelled: () => boolean = () => false,
): Promise<SearchIndex | null> => {
  const index = await createIndex();
  const documents = toDocuments(records);
  const chunkSize = 1000;
  for (let start = 0; start < documents.length; start += chunkSize) {
    if (isCancelled()) return null;
    index.addAll(documents.slice(start, start + chunkSize));
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return isCancelled() ? null : index;
};

const toHit = (result: SearchResult): SearchHit => ({
  type: result.type as SearchRecordType,
  recordId: result.recordId as string,
  name: result.name as string,
  legalName: result.legalName as string | undefined,
  vendorName: result.vendorName as string | undefined,
});

/** The best matches by name, legal name, tag or note: whole words, word beginnings, or near misses. */
export const searchRecords = (index: SearchIndex, query: string): SearchHit[] =>
  query.trim().length < MIN_QUERY_LENGTH ? [] : index.search(query).slice(0, RESULT_LIMIT).map(toHit);
