import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  assessmentStatusValues,
  clauseNames,
  clauseValues,
  conclusionValues,
  dependencyKindValues,
  licenceTypeValues,
  listingValues,
  networkDomainValues,
  ownershipValues,
  riskCategoryValues,
  riskStatusValues,
  royaltyBasisValues,
  selfApprovalValues,
  subjectTypeValues,
  substitutabilityValues,
  treatmentValues,
  yesNoValues,
} from '@shared/domain';
import type { MergeTable } from '@shared/workspace/merge-plan';
import type { workspaceMerge } from '@renderer/i18n/en/workspaceMerge';
import { useCountryName } from '@renderer/ui/useCountryNames';
import { useFormatDateTime } from '@renderer/ui/useFormatDateTime';
import { useFormatDate } from '@renderer/ui/useFormatDate';

type FieldName = keyof (typeof workspaceMerge)['fields'];

const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (values as readonly string[]).includes(value);

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const countryFields = new Set(['hqCountry', 'governingLaw', 'jurisdictions', 'dataLocations']);

/** The item of a list shown by what names it: an action's title, a contact's name, a listing's list. */
const listItemName = (item: Record<string, unknown>): unknown =>
  item.title ?? item.name ?? item.scheme ?? item.list ?? item.id;

/**
 * Words for a merge's field differences: each field's label in the UI language ("Sovereignty profile —
 * C1A", "Item srp-c1a — Comment", "Clauses — Sanctions exit") and each value as a user reads it — choices
 * by their labels, dates and times in the UI language, countries by name, linked records by name (from
 * `names`), lists joined — never raw ids, codes or JSON where a word exists.
 */
export const useDifferenceWords = (names: ReadonlyMap<string, string>) => {
  const { t, i18n } = useTranslation();
  const formatDate = useFormatDate();
  const formatDateTime = useFormatDateTime('second');
  const countryName = useCountryName();
  const number = useMemo(() => new Intl.NumberFormat(i18n.language), [i18n.language]);

  const fieldLabel = useCallback(
    (field: string): string => {
      const labels = t('workspaceMerge.fields', { returnObjects: true }) as Record<FieldName, string>;
      return Object.prototype.hasOwnProperty.call(labels, field) ? labels[field as FieldName] : field;
    },
    [t],
  );

  const label = useCallback(
    (path: readonly string[]): string => {
      const [field = '', key, rest] = path;
      const parts = [fieldLabel(field)];
      if (field === 'answers' && key !== undefined) {
        parts.push(t('workspaceMerge.review.item', { item: key }));
        if (rest !== undefined) parts.push(fieldLabel(rest));
      } else if (field === 'clauses' && isOneOf(clauseNames, key)) {
        parts.push(t(`licences.clause.${key}`));
      } else if (field === 'sovereignty' && key !== undefined && key !== 'rationale') {
        parts.push(key.toUpperCase());
      } else {
        parts.push(...path.slice(1).map(fieldLabel));
      }
      return parts.join(' — ');
    },
    [t, fieldLabel],
  );

  /** A choice by its label, when the field holds one of the app's lists of choices. */
  const choice = useCallback(
    (table: MergeTable, path: readonly string[], value: string): string | undefined => {
      const field = path[path.length - 1];
      if (path[0] === 'clauses' && isOneOf(clauseValues, value)) return t(`licences.clauseValue.${value}`);
      if (path[0] === 'answers' && field === 'value' && isOneOf(yesNoValues, value))
        return t(`assessments.answer.${value}`);
      if (field === 'ownership' && isOneOf(ownershipValues, value)) return t(`vendors.ownership.${value}`);
      if ((field === 'list' || field === 'listings') && isOneOf(listingValues, value))
        return t(`vendors.listing.${value}`);
      if (table === 'dependencies' && field === 'kind' && isOneOf(dependencyKindValues, value))
        return t(`dependencies.kind.${value}`);
      if (field === 'domain' && isOneOf(networkDomainValues, value)) return t(`dependencies.domain.${value}`);
      if (field === 'substitutability' && isOneOf(substitutabilityValues, value))
        return t(`dependencies.substitutability.${value}`);
      if (table === 'licences' && field === 'type' && isOneOf(licenceTypeValues, value))
        return t(`licences.type.${value}`);
      if (field === 'royaltyBasis' && isOneOf(royaltyBasisValues, value))
        return t(`licences.royaltyBasis.${value}`);
      if (field === 'category' && isOneOf(riskCategoryValues, value)) return t(`risks.category.${value}`);
      if (field === 'treatment' && isOneOf(treatmentValues, value)) return t(`risks.treatment.${value}`);
      if (table === 'risks' && field === 'status' && isOneOf(riskStatusValues, value))
        return t(`risks.status.${value}`);
      if (table === 'assessments' && field === 'status' && isOneOf(assessmentStatusValues, value))
        return t(`assessments.status.${value}`);
      if (field === 'conclusion' && isOneOf(conclusionValues, value))
        return t(`assessments.conclusion.${value}`);
      if (field === 'selfApproval' && isOneOf(selfApprovalValues, value))
        return t(`boardReport.coverage.aloneRole.${value}`);
      if (
        (field === 'subjectType' || (path[0] === 'subject' && field === 'type')) &&
        isOneOf(subjectTypeValues, value)
      )
        return t(`assessments.subjectType.${value}`);
      return undefined;
    },
    [t],
  );

  const value = useCallback(
    (table: MergeTable, path: readonly string[], raw: unknown): string => {
      const field = path[path.length - 1] ?? '';
      const one = (item: unknown): string => {
        if (item === undefined || item === null || item === '') return '—';
        if (typeof item === 'boolean')
          return t(item ? 'workspaceMerge.review.yes' : 'workspaceMerge.review.no');
        if (typeof item === 'number') return number.format(item);
        if (typeof item === 'string') {
          const chosen = choice(table, path, item);
          if (chosen !== undefined) return chosen;
          if (countryFields.has(field)) return countryName(item);
          if (DATE.test(item)) return formatDate(item);
          if (DATE_TIME.test(item) && !Number.isNaN(Date.parse(item))) return formatDateTime(item);
          return names.get(item) ?? item;
        }
        if (typeof item === 'object' && !Array.isArray(item)) {
          const named = listItemName(item as Record<string, unknown>);
          return named === undefined ? JSON.stringify(item) : one(named);
        }
        return JSON.stringify(item);
      };
      if (Array.isArray(raw)) return raw.length === 0 ? '—' : raw.map(one).join(', ');
      return one(raw);
    },
    [t, number, choice, countryName, formatDate, formatDateTime, names],
  );

  return useMemo(() => ({ label, value }), [label, value]);
};

export type DifferenceWords = ReturnType<typeof useDifferenceWords>;
