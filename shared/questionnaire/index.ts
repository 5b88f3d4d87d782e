export * from './labels';
export { buildQuestionnaire, type QuestionnaireExport } from './build';
export { readQuestionnaire, type ProposedAnswer, type QuestionnaireReadResult } from './read';
export { CONTROL_SHEET } from './layout';
