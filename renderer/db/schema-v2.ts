import { SCHEMA_V1 } from './schema-v1';

/**
 * Version 2 (issue 13, standards and declared patents): dependencies are found by the standards they
 * implement; imported declaration sets (newest per source in force) and the royalty rates of patent
 * holders get their tables. Vendors gain `roles` and `aliases` and dependencies `standards` and `unitPrice`
 * with defaults, which schema-v2-upgrade.ts writes into the records of version 1.
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  dependencies: 'id, name, vendorId, kind, domain, criticality, updatedAt, *upstreamIds, *tags, *standards',
  declarationSets: 'id, source, importedAt',
  royaltyRates: 'id, holderId',
} as const;
