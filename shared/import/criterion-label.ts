import { sovereigntyCriterionCodes, type SovereigntyCriterion } from '../domain';
import type { Translate } from './format';

/**
 * A sovereignty criterion as every screen and file names it — "C2 — Ability to assure supply" — from its
 * code and the catalogue's name (`vendors.sovereignty.criteria.<criterion>`), in the language of `t`.
 * The form, the import template, the workbook's headers and the board report all call this, so a rating
 * typed from one lands on the same criterion in the others.
 */
export const criterionLabel = (t: Translate, criterion: SovereigntyCriterion): string =>
  t('vendors.sovereignty.criterionLabel', {
    code: sovereigntyCriterionCodes[criterion],
    name: t(`vendors.sovereignty.criteria.${criterion}.name`),
  });

/** What the criterion asks, from the same catalogue entry. */
export const criterionQuestion = (t: Translate, criterion: SovereigntyCriterion): string =>
  t(`vendors.sovereignty.criteria.${criterion}.question`);
