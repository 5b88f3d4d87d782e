import { describe, expect, it } from 'vitest';
import type { Assessment, Checklist } from '@shared/domain';
import { buildQuestionnaire, type QuestionnaireLabels } from '@shared/questionnaire';
import { malformedXmlParts, unXmlText, xmlPart } from '../fixtures/xml-parts';

const timestamp = '2026-01-01T00:00:00.000Z';

const kinds = {
  'yes-no': 'Yes / no',
  maturity: '0–4',
  maturityConcern: 'Concern 0–4',
  text: 'Text',
  date: 'Date',
};

const labels: QuestionnaireLabels = {
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
  answers: { yes: 'yes', partial: 'partial', no: 'no', na: 'n.a.' },
  answerTypes: kinds,
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
    legend: kinds,
  },
  invalid: { title: 'Invalid answer', choice: 'Choose.', date: 'A date.', tooLong: 'Too long.' },
};

/** A checklist and its assessment as stored before text was cleaned of what XML cannot hold. */
const checklist: Checklist = {
  id: '0f0e0d0c-0b0a-4909-8807-060504030201',
  createdAt: timestamp,
  updatedAt: timestamp,
  name: unXmlText,
  version: '1',
  builtIn: false,
  subjectType: 'vendor',
  sections: [
    {
      id: 'governance',
      title: unXmlText,
      items: [{ id: 'policy', text: unXmlText, guidance: unXmlText, answerType: 'text', weight: 1 }],
    },
  ],
};

const assessment: Assessment = {
  id: '11111111-2222-4333-8444-555555555555',
  createdAt: timestamp,
  updatedAt: timestamp,
  checklistId: checklist.id,
  checklistVersion: '1',
  subject: { type: 'vendor', id: '99999999-8888-4777-8666-555555555555' },
  status: 'draft',
  answers: { policy: { value: unXmlText, comment: unXmlText, evidenceIds: [] } },
  revision: 1,
};

describe('the vendor questionnaire from stored text XML cannot hold', () => {
  it('is well-formed in every part, the words around those characters kept', async () => {
    const bytes = await buildQuestionnaire({
      checklist,
      assessment,
      subjectName: unXmlText,
      organisation: unXmlText,
      labels,
    });
    expect(malformedXmlParts(bytes)).toEqual([]);
    expect(xmlPart(bytes, 'xl/sharedStrings.xml')).toContain('Bravo Core lone half end');
  });
});
