import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  actionStatusValues,
  assessmentStatusValues,
  clauseNames,
  clauseValues,
  conclusionValues,
  decisionOptionKindValues,
  dependencyKindValues,
  licenceClassValues,
  licenceTypeValues,
  listingValues,
  networkDomainValues,
  ownershipValues,
  riskCategoryValues,
  riskLevelValues,
  riskStatusValues,
  royaltyBasisValues,
  sovereigntyCriteria,
  sovereigntyLevelValues,
  subjectTypeValues,
  substitutabilityValues,
  treatmentValues,
  yesNoValues,
} from '@shared/domain';
import { headerKeys, registerNames, type RegisterLabels } from '@shared/export';
import type { ImportWords } from '@shared/import';
import type { Translate } from '@shared/import/format';
import { isLanguage, languages, type Language } from '../i18n';
import { criterionLabel } from '@shared/import/criterion-label';

const labelEach = <T extends string>(values: readonly T[], label: (value: T) => string): Record<T, string> =>
  Object.fromEntries(values.map((value) => [value, label(value)])) as Record<T, string>;

/**
 * The words of the exported registers in the language of `t`: headers and sheet names of the exports'
 * own namespace, and the labels each screen already shows for enumerated values, so files and screens
 * agree. The import reads files with the same words, in every language (see useImportWords).
 */
export const registerLabels = (t: Translate): RegisterLabels => ({
  sheets: labelEach(registerNames, (register) => t(`dataExports.sheets.${register}`)),
  headers: {
    ...labelEach(headerKeys, (key) => t(`dataExports.headers.${key}`)),
    ...labelEach(sovereigntyCriteria, (criterion) => criterionLabel(t, criterion)),
    ...labelEach(clauseNames, (clause) => t(`licences.clause.${clause}`)),
  },
  yes: t('dataExports.yes'),
  no: t('dataExports.no'),
  ownership: labelEach(ownershipValues, (value) => t(`vendors.ownership.${value}`)),
  listing: labelEach(listingValues, (value) => t(`vendors.listing.${value}`)),
  sovereigntyLevel: labelEach([...sovereigntyLevelValues, 'unrated'], (value) => t(`vendors.level.${value}`)),
  dependencyKind: labelEach(dependencyKindValues, (value) => t(`dependencies.kind.${value}`)),
  networkDomain: labelEach(networkDomainValues, (value) => t(`dependencies.domain.${value}`)),
  substitutability: labelEach(substitutabilityValues, (value) => t(`dependencies.substitutability.${value}`)),
  licenceType: labelEach(licenceTypeValues, (value) => t(`licences.type.${value}`)),
  licenceClass: labelEach(licenceClassValues, (value) => t(`licences.licenceClass.${value}`)),
  royaltyBasis: labelEach(royaltyBasisValues, (value) => t(`licences.royaltyBasis.${value}`)),
  clauseValue: labelEach(clauseValues, (value) => t(`licences.clauseValue.${value}`)),
  riskCategory: labelEach(riskCategoryValues, (value) => t(`risks.category.${value}`)),
  riskStatus: labelEach(riskStatusValues, (value) => t(`risks.status.${value}`)),
  treatment: labelEach(treatmentValues, (value) => t(`risks.treatment.${value}`)),
  riskLevel: labelEach(riskLevelValues, (value) => t(`risks.level.${value}`)),
  actionStatus: labelEach(actionStatusValues, (value) => t(`risks.actionStatus.${value}`)),
  subjectType: labelEach(subjectTypeValues, (value) => t(`assessments.subjectType.${value}`)),
  assessmentStatus: labelEach(assessmentStatusValues, (value) => t(`assessments.status.${value}`)),
  conclusion: labelEach(conclusionValues, (value) => t(`assessments.conclusion.${value}`)),
  answer: labelEach(yesNoValues, (value) => t(`assessments.answer.${value}`)),
  optionKind: labelEach(decisionOptionKindValues, (value) => t(`dataExports.optionKind.${value}`)),
});

/** The register words in the UI's language, for the files the user exports. */
export const useRegisterLabels = (): RegisterLabels => {
  const { t } = useTranslation();
  // react-i18next hands over a new `t` when the language changes.
  return useMemo(() => registerLabels((key, params) => t(key as never, params)), [t]);
};

/**
 * The register words in every language the app speaks, the user's first: an import reads a file with
 * these, whatever language it was exported in.
 */
export const useImportWords = (): ImportWords => {
  const { i18n } = useTranslation();
  const own = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
  return useMemo(() => {
    const wordsIn = (language: Language): RegisterLabels => {
      const t = i18n.getFixedT(language);
      return registerLabels((key, params) => t(key as never, params));
    };
    return [wordsIn(own), ...languages.filter((language) => language !== own).map(wordsIn)];
  }, [i18n, own]);
};
