import { networkDomainValues, reviewTierValues, riskCategoryValues } from '../domain';
import { composedKey } from '../messages/message-key';
import { field, hidden, type TableSpec } from './field-spec';
import { countryValue, dateTimeValue, enumValue, numberValue, textValue as text } from './values';

/** The rows of the settings table the audit trail describes, one kind of row per key. */

const months = numberValue('months');

const profile: TableSpec = {
  userName: field('userName', text),
  organisationName: field('organisationName', text),
  organisationCountry: field('organisationCountry', countryValue),
};

const reviewCycles: TableSpec = {
  tiers: field('tierCycles', undefined, {
    members: (tier) =>
      (reviewTierValues as readonly string[]).includes(tier)
        ? { label: { key: composedKey(`reviews.tier.${tier}`) }, value: months }
        : undefined,
  }),
  checklists: field('checklistCycles', undefined, {
    members: (id) => ({ label: { record: 'checklists', id }, value: months }),
  }),
  riskCategories: field('riskCycles', undefined, {
    members: (category) =>
      (riskCategoryValues as readonly string[]).includes(category)
        ? { label: { key: composedKey(`risks.category.${category}`) }, value: months }
        : undefined,
  }),
};

export const standardEntryMembers: TableSpec = {
  id: hidden,
  number: field('standardNumber', text),
  title: field('title', text),
  generation: field('generation', text),
  domain: field('domain', enumValue(networkDomainValues, 'dependencies.domain')),
};

/** The reference list of standards: each entry added, edited or deleted, named by its number. */
const standardsReference: TableSpec = {
  entries: field('referenceStandards', undefined, {
    items: { name: 'number', members: standardEntryMembers },
  }),
};

/** The workspace as a whole: a restore or a merge, each recorded as what it brought in. */
const workspaceFile: TableSpec = {
  restoredFrom: field('restoredFrom', dateTimeValue, { mark: true }),
  mergedFrom: field('mergedFrom', dateTimeValue, { mark: true }),
  fileName: field('fileName', text, { mark: true }),
  sha256: field('sha256', text, { mark: true }),
  added: field('added', numberValue(), { mark: true }),
  updated: field('updated', numberValue(), { mark: true }),
  skipped: field('skipped', numberValue(), { mark: true }),
};

export const settingsRows: Readonly<Record<string, TableSpec>> = {
  profile,
  'review-cycles': reviewCycles,
  'standards-reference': standardsReference,
  workspace: workspaceFile,
};
