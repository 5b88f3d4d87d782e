import i18next from 'i18next';
import type { Dependency, Vendor } from '@shared/domain';
import { formatProblem, type ImportPlan, type Translate } from '@shared/import';
import { en } from '@renderer/i18n/en';

const i18n = i18next.createInstance();
void i18n.init({
  resources: { en: { translation: en } },
  lng: 'en',
  interpolation: { escapeValue: false },
  initAsync: false,
});

// Keys are computed at run time, so the catalogue-typed t is used as a plain string lookup.
const translate: Translate = i18n.t.bind(i18n) as never;

/** Problems as the English preview shows them. */
export const messages = (plan: Pick<ImportPlan, 'problems'>): string[] =>
  plan.problems.map((problem) => formatProblem(problem, translate));

export const csv = (...lines: string[]): Uint8Array => new TextEncoder().encode(lines.join('\n'));

const timestamp = '2025-01-01T00:00:00.000Z';

export const storedVendor = (name: string, extra: Partial<Vendor> = {}): Vendor => ({
  id: crypto.randomUUID(),
  createdAt: timestamp,
  updatedAt: timestamp,
  name,
  hqCountry: 'FR',
  ownership: 'private',
  jurisdictions: [],
  listings: [],
  certifications: [],
  sovereignty: { c1a: null, c1b: null, c1c: null, c1d: null, c2: null, c3: null },
  contacts: [],
  tags: [],
  notes: '',
  ...extra,
});

export const storedDependency = (
  name: string,
  vendorId: string,
  extra: Partial<Dependency> = {},
): Dependency => ({
  id: crypto.randomUUID(),
  createdAt: timestamp,
  updatedAt: timestamp,
  name,
  vendorId,
  kind: 'software',
  domain: 'core',
  criticality: 3,
  substitutability: 'moderate',
  vendorRemoteAccess: false,
  dataLocations: [],
  upstreamIds: [],
  tags: [],
  notes: '',
  ...extra,
});
