import { describe, expect, it } from 'vitest';
import { supplierRiskProfileChecklist } from '@shared/checklists/supplier-risk-profile';
import { localiseChecklist } from '@shared/checklists/localise';
import type { Assessment, Checklist } from '@shared/domain';
import { buildQuestionnaire, readQuestionnaire } from '@shared/questionnaire';
import {
  ANSWER,
  english,
  englishWords,
  french,
  frenchWords,
  open,
  problemsOf,
  questionnaireSheet,
} from './questionnaire-fixtures';

const shipped = supplierRiskProfileChecklist;
const inFrench = localiseChecklist(shipped, 'fr');
const firstItem = shipped.sections[0]!.items[0]!;

const assessment: Assessment = {
  id: '21111111-2222-4333-8444-555555555555',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  checklistId: shipped.id,
  checklistVersion: shipped.version,
  subject: { type: 'vendor', id: '99999999-8888-4777-8666-555555555555' },
  status: 'draft',
  answers: {},
  revision: 1,
};

const exportIn = (checklist: Checklist, labels = english) =>
  buildQuestionnaire({ checklist, assessment, subjectName: 'Radiocom Nordique', labels });

/** The vendor rates the first criterion 3 and, if asked, rewrites the first question. */
const fill = async (bytes: Uint8Array, question?: string): Promise<Uint8Array> => {
  const workbook = await open(bytes);
  const sheet = questionnaireSheet(workbook);
  sheet.getCell(2, ANSWER).value = 3;
  if (question !== undefined) sheet.getCell(2, 3).value = question;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};

const readAgainst = (bytes: Uint8Array, checklist: Checklist) =>
  readQuestionnaire(bytes, { checklist, assessment, words: [frenchWords, englishWords] });

describe('a built-in checklist’s questionnaire in French', () => {
  it('asks the questions in French when exported in French, section and guidance included', async () => {
    const workbook = await open(await exportIn(inFrench, french));
    const sheet = questionnaireSheet(workbook);
    expect(sheet.getCell(2, 2).value).toBe('C1 — Probabilité d’ingérence d’un pays tiers à l’UE');
    expect(sheet.getCell(2, 3).value).toBe(
      'Quelle est la force du lien entre le fournisseur et le gouvernement d’un pays tiers à l’UE ?',
    );
    expect(sheet.getCell(2, 4).text).toMatch(/^Notez la préoccupation/);
    // The citation stays as cited, our note beside it in French, and the item id is the shipped one.
    expect(sheet.getCell(2, 1).value).toBe(firstItem.id);
    expect(sheet.getCell(2, 5).value).toBe(
      'EU-5G-CRA-C1a (notre numérotation des critères de l’évaluation coordonnée de 2019)',
    );
  });

  it.each([
    ['French', inFrench, french],
    ['English', shipped, english],
  ] as const)(
    'reads a file exported in %s back whatever language the app now speaks',
    async (_language, exported, labels) => {
      const bytes = await fill(await exportIn(exported, labels));
      for (const against of [shipped, inFrench]) {
        const result = await readAgainst(bytes, against);
        expect(result.ok && result.answers.map(({ itemId, value }) => [itemId, value])).toEqual([
          [firstItem.id, 3],
        ]);
      }
    },
  );

  it('still refuses a file whose question was rewritten, in either language', async () => {
    const bytes = await fill(await exportIn(inFrench, french), 'Le fournisseur est-il digne de confiance ?');
    expect(problemsOf(await readAgainst(bytes, shipped))).toEqual([
      { row: 2, message: 'questionnaire.problems.structureChanged', params: { itemId: firstItem.id } },
    ]);
  });
});
