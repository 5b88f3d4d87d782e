export * from './labels';
export { buildQuestionnaire, type QuestionnaireExport } from './build';
export {
  readQuestionnaire,
  type ProposedAnswer,
  type QuestionnaireReadOptions,
  type QuestionnaireReadResult,
} from './read';
export type { AnswerWords, AppAnswerWords } from './answer-cells';
export { CONTROL_SHEET } from './layout';
