/** Decisions and their options (issue 14): the messages the shared schemas and checks report. */
export const decisions = {
  validation: {
    weightsSum: 'The weights must add up to 100 %.',
    share: 'Enter a share greater than 0 and at most 100 %.',
    sharesOverHundred:
      'The shares moved out of this dependency add up to more than 100 %; lower this share or another move of the same dependency.',
    moveTarget:
      'Choose where this share goes: a recorded vendor or a new candidate, not both (only an exit option may leave it empty).',
    candidateMismatch:
      'This candidate has the same name as one above but another country or other ratings; describe it the same way or give it another name.',
    tooManyMoves: 'An option can move at most 50,000 dependencies.',
    subjectEmpty: 'Choose at least one dependency.',
    tooFewOptions: 'A decision needs at least 2 options to compare.',
    tooManyOptions: 'A decision can compare at most 6 options.',
    horizon: 'Enter a whole number of years from 1 to 30.',
    unknownOption: 'The chosen option is not one of this decision’s options.',
    rationaleRequired: 'Say why this option is chosen.',
    chooseOption: 'Choose an option before approving the decision.',
    deletedRecord: 'This record no longer exists (deleted since); choose another or remove it.',
    moveToOwnVendor: 'This dependency is already supplied by this vendor; choose another vendor.',
  },
  errors: {
    notFound: 'This decision no longer exists (deleted since).',
    locked: 'This decision is approved and locked; reopen it to change it.',
    wrongStatus: 'This step is not possible while the decision is {{status}}.',
    invalid: 'The decision was not saved: correct the fields marked.',
    reviewerRequired: 'Name the reviewer.',
    approverRequired: 'Name the approver.',
    notLatestRevision: 'Only the latest revision can be reopened.',
  },
} as const;
