/** The vendor questionnaire: its XLSX file (in the exporter's language), its import and the review of answers. */
export const questionnaire = {
  export: {
    button: 'Export questionnaire',
    fileName: '{{subject}} — {{checklist}} questionnaire',
    saved: 'Questionnaire saved as {{fileName}}. Send it to the vendor to fill in.',
    failed: 'The questionnaire could not be exported: {{message}}',
  },
  import: {
    button: 'Import filled questionnaire',
    locked:
      'This assessment is approved and locked: reopen it as a new revision before importing answers from a questionnaire.',
    failed: 'The questionnaire could not be opened: {{message}}',
  },
  review: {
    title: 'Answers from {{fileName}}',
    intro: 'Accept or reject each answer the vendor gave. Nothing is saved until you accept it.',
    refused: 'The file was refused and nothing was changed. Correct it, or export a new questionnaire.',
    noChanges: 'The file holds no answer that differs from the assessment.',
    allReviewed: 'Every answer from the file has been reviewed.',
    table: 'Proposed answers',
    columns: {
      row: 'Row',
      question: 'Question',
      current: 'Current answer',
      proposed: 'Proposed answer',
      comment: 'Proposed comment',
      decision: 'Decision',
    },
    noAnswer: 'No answer',
    accept: 'Accept',
    reject: 'Reject',
    acceptItem: 'Accept the answer to “{{question}}”',
    rejectItem: 'Reject the answer to “{{question}}”',
    acceptAll: 'Accept all ({{count}})',
    accepted_one: '{{count}} answer accepted.',
    accepted_other: '{{count}} answers accepted.',
    failed: 'The answers could not be saved: {{message}}',
    close: 'Close',
  },
  answers: {
    yes: 'yes',
    partial: 'partial',
    no: 'no',
    na: 'n.a.',
  },
  file: {
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
    answerTypes: {
      'yes-no': 'Yes / partial / no / n.a.',
      maturity: 'Maturity 0–4 (4 = best)',
      maturityConcern: 'Concern 0–4 (0 = no concern, 4 = severe)',
      text: 'Free text',
      date: 'Date (YYYY-MM-DD)',
    },
    instructions: {
      title: 'Supplier due-diligence questionnaire',
      intro:
        'We assess our suppliers against the checklist named below. Please answer each question on the “Questionnaire” sheet and return this file. Your answers are reviewed one by one before they are recorded.',
      requestedBy: 'Requested by',
      subject: 'About',
      checklist: 'Checklist',
      version: 'Checklist version',
      dueDate: 'Please reply by',
      howToTitle: 'How to answer',
      howTo1:
        'Answer in the “Answer” column: pick a value from the drop-down list, or type text or a date as asked.',
      howTo2:
        'Explain or qualify your answer in the “Comment” column, and name any document that supports it.',
      howTo3:
        'Leave the answer empty if you cannot answer; use n.a. when the question does not apply to you.',
      howTo4:
        'Do not add, delete, move or edit rows or other columns: the sheet is protected, and a file whose structure was changed cannot be imported.',
      legendTitle: 'Answers',
      legend: {
        'yes-no':
          'yes = fully in place · partial = partly in place or planned · no = not in place · n.a. = does not apply.',
        maturity:
          '0 = not in place · 1 = initial, ad hoc · 2 = defined but not applied everywhere · 3 = applied and checked · 4 = measured and continually improved · n.a. = does not apply.',
        maturityConcern:
          'A rating of concern, the reverse of maturity: 0 = no concern · 1 = low · 2 = medium · 3 = high · 4 = severe · n.a. = does not apply. The guidance of each item describes each level.',
        text: 'Any text, up to 20,000 characters.',
        date: 'A date, e.g. 2026-03-31.',
      },
    },
    invalid: {
      title: 'Answer not accepted',
      choice: 'Choose an answer from the list, or leave the cell empty.',
      date: 'Enter a date, e.g. 2026-03-31.',
      tooLong: 'At most 20,000 characters.',
    },
  },
  problems: {
    notXlsx: 'This is not an XLSX file. Choose the questionnaire exported from this assessment, filled in.',
    unreadable: 'The file could not be read as an XLSX workbook; it may be damaged.',
    notQuestionnaire:
      'This workbook is not a questionnaire exported from this app (its control sheet is missing or changed).',
    otherAssessment:
      'This file is for another assessment: {{subject}} — {{checklist}}, revision {{revision}}. Import it on that assessment.',
    otherChecklist:
      'This file was exported for version {{version}} of “{{checklist}}”; this assessment uses version {{expected}}.',
    checklistChanged:
      'The checklist was changed since this questionnaire was exported. Export a new questionnaire and send it again.',
    missingSheet: 'The sheet “{{sheet}}” is missing from the file.',
    structureChanged:
      'the structure was changed: this row should hold item “{{itemId}}” with its question unchanged.',
    extraRow: 'the structure was changed: rows cannot be added after the last question.',
    yesNo: 'Choose one of {{allowed}}, or leave it empty.',
    maturity: 'Choose a level from 0 to 4 or {{na}}, or leave it empty.',
    date: 'Enter a date in the form YYYY-MM-DD that exists in the calendar.',
    tooLong: 'At most {{max}} characters.',
  },
} as const;
