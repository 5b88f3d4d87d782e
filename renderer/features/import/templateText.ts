import { sovereigntyCriteria, type SovereigntyCriterion } from '@shared/domain';
import type { RegisterLabels } from '@shared/export';
import type { ImportEntity, TemplateText } from '@shared/import';
import type { Translate } from '@shared/import/format';
import { criterionLabel, criterionQuestion } from '@shared/import/criterion-label';

const isCriterion = (header: string): header is SovereigntyCriterion =>
  (sovereigntyCriteria as readonly string[]).includes(header);

/**
 * The words of an entity's XLSX template in the language of `t`. The data sheet, the headers and the
 * choices are worded as the workbook words them (`labels`), and a sovereignty rating is described from the
 * criteria catalogue (name and question), as the vendor form shows it.
 */
export const templateText = (t: Translate, entity: ImportEntity, labels: RegisterLabels): TemplateText => ({
  labels,
  instructionsSheet: t('importer.template.instructionsSheet'),
  headings: {
    column: t('importer.template.headings.column'),
    required: t('importer.template.headings.required'),
    description: t('importer.template.headings.description'),
    allowed: t('importer.template.headings.allowed'),
    example: t('importer.template.headings.example'),
  },
  yes: t('importer.template.yes'),
  no: t('importer.template.no'),
  describe: ({ header }) =>
    isCriterion(header)
      ? t('importer.columns.rating', {
          criterion: criterionLabel(t, header),
          question: criterionQuestion(t, header),
        })
      : t(`importer.columns.${entity}.${header}`),
});
