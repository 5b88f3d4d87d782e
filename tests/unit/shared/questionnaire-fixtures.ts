/** A small checklist, an assessment of it and the questionnaire files exported for it, as the tests use them. */
import type { Workbook, Worksheet } from 'exceljs';
import type { Assessment, Checklist } from '@shared/domain';
import { loadExcelJs } from '@shared/import/libraries';
import {
  buildQuestionnaire,
  readQuestionnaire,
  type QuestionnaireLabels,
  type QuestionnaireReadResult,
} from '@shared/questionnaire';

const timestamp = '2025-01-01T00:00:00.000Z';

export const checklist: Checklist = {
  id: '0f0e0d0c-0b0a-4909-8807-060504030201',
  createdAt: timestamp,
  updatedAt: timestamp,
  name: 'Supplier checks',
  version: '2026.1',
  builtIn: false,
  subjectType: 'vendor',
  sections: [
    {
      id: 'governance',
      title: 'Governance',
      items: [
        { id: 'policy', text: 'Is there a security policy?', answerType: 'yes-no', weight: 1 },
        {
          id: 'state-links',
          text: 'How strong are the links to a foreign state?',
          guidance: 'Rate the concern.',
          answerType: 'maturity',
          higherIsWorse: true,
          weight: 1,
        },
      ],
    },
    {
      id: 'operations',
      title: 'Operations',
      items: [
        { id: 'patching', text: 'How mature is patching?', answerType: 'maturity', weight: 1 },
        { id: 'escrow', text: 'Where is the source code held in escrow?', answerType: 'text', weight: 1 },
        { id: 'audit-date', text: 'When was the last audit?', answerType: 'date', weight: 1 },
      ],
    },
  ],
};

/** Item n of the checklist is on row n + 2 (row 1 holds the headers). */
export const rows = { policy: 2, stateLinks: 3, patching: 4, escrow: 5, auditDate: 6 };
export const ANSWER = 7;
export const COMMENT = 8;

export const assessment: Assessment = {
  id: '11111111-2222-4333-8444-555555555555',
  createdAt: timestamp,
  updatedAt: timestamp,
  checklistId: checklist.id,
  checklistVersion: checklist.version,
  subject: { type: 'vendor', id: '99999999-8888-4777-8666-555555555555' },
  status: 'draft',
  answers: {
    policy: { value: 'partial', comment: 'Draft policy only', evidenceIds: [] },
    patching: { value: 2, evidenceIds: [] },
  },
  dueDate: '2026-09-30',
  revision: 1,
};

export const labels = (answers: QuestionnaireLabels['answers']): QuestionnaireLabels => ({
  sheets: { instructions: 'Instructions', questionnaire: 'Questionnaire' },
  headers: {
    itemId: 'Item',
    section: 'Section',
    question: 'Question',
    guidance: 'Guidance',
    reference: 'Reference',
    answerType: 'Answer type',
    answer: 'Answer',
    comment: 'Comment',
  },
  answers,
  answerTypes: {
    'yes-no': 'Yes / no',
    maturity: 'Maturity 0–4',
    maturityConcern: 'Concern 0–4',
    text: 'Text',
    date: 'Date',
  },
  instructions: {
    title: 'Vendor questionnaire',
    intro: 'Please answer each question.',
    requestedBy: 'Requested by',
    subject: 'About',
    checklist: 'Checklist',
    version: 'Version',
    dueDate: 'Due date',
    howToTitle: 'How to answer',
    howTo: ['Fill the Answer column.'],
    legendTitle: 'Answers',
    legend: {
      'yes-no': 'yes, partial, no or n.a.',
      maturity: '0 = none … 4 = optimised',
      maturityConcern: '0 = no concern … 4 = severe',
      text: 'Free text',
      date: 'YYYY-MM-DD',
    },
  },
  invalid: {
    title: 'Invalid answer',
    choice: 'Choose from the list.',
    date: 'Enter a date.',
    tooLong: 'Too long.',
  },
});

export const englishWords = { yes: 'yes', partial: 'partial', no: 'no', na: 'n.a.' };
export const frenchWords = { yes: 'oui', partial: 'partiel', no: 'non', na: 's.o.' };
export const english = labels(englishWords);
export const french = labels(frenchWords);

export const exportFor = (target: Assessment = assessment, withLabels = english) =>
  buildQuestionnaire({
    checklist,
    assessment: target,
    subjectName: 'Nordic Radio',
    organisation: 'Example Telecom',
    labels: withLabels,
  });

export const open = async (bytes: Uint8Array): Promise<Workbook> => {
  const { Workbook } = await loadExcelJs();
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes as never);
  return workbook;
};

export const questionnaireSheet = (workbook: Workbook): Worksheet => {
  const sheet = workbook.getWorksheet('Questionnaire');
  if (!sheet) throw new Error('no questionnaire sheet');
  return sheet;
};

/** Exports, lets `fill` change the workbook as a vendor would, and saves it again. */
export const filled = async (
  fill: (sheet: Worksheet, workbook: Workbook) => void,
  bytes?: Uint8Array,
): Promise<Uint8Array> => {
  const workbook = await open(bytes ?? (await exportFor()));
  fill(questionnaireSheet(workbook), workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};

export const read = (bytes: Uint8Array, target: Assessment = assessment, against: Checklist = checklist) =>
  readQuestionnaire(bytes, { checklist: against, assessment: target, words: [englishWords, frenchWords] });

export const problemsOf = (result: QuestionnaireReadResult) => (result.ok ? [] : result.problems);
