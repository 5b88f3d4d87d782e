import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerWords, AppAnswerWords, QuestionnaireLabels } from '@shared/questionnaire';
import { isLanguage, languages, type Language } from '@renderer/i18n';

/** The questionnaire file's words in the user's language, worked out when a file is exported. */
export const useQuestionnaireLabels = (): (() => QuestionnaireLabels) => {
  const { t } = useTranslation();
  return useCallback((): QuestionnaireLabels => {
    const legend = (kind: keyof QuestionnaireLabels['answerTypes']): string =>
      t(`questionnaire.file.instructions.legend.${kind}`);
    const answerType = (kind: keyof QuestionnaireLabels['answerTypes']): string =>
      t(`questionnaire.file.answerTypes.${kind}`);
    const kinds = ['yes-no', 'maturity', 'maturityConcern', 'text', 'date'] as const;
    const byKind = (text: (kind: (typeof kinds)[number]) => string) =>
      Object.fromEntries(kinds.map((kind) => [kind, text(kind)])) as QuestionnaireLabels['answerTypes'];
    return {
      sheets: {
        instructions: t('questionnaire.file.sheets.instructions'),
        questionnaire: t('questionnaire.file.sheets.questionnaire'),
      },
      headers: {
        itemId: t('questionnaire.file.headers.itemId'),
        section: t('questionnaire.file.headers.section'),
        question: t('questionnaire.file.headers.question'),
        guidance: t('questionnaire.file.headers.guidance'),
        reference: t('questionnaire.file.headers.reference'),
        answerType: t('questionnaire.file.headers.answerType'),
        answer: t('questionnaire.file.headers.answer'),
        comment: t('questionnaire.file.headers.comment'),
      },
      answers: {
        yes: t('questionnaire.answers.yes'),
        partial: t('questionnaire.answers.partial'),
        no: t('questionnaire.answers.no'),
        na: t('questionnaire.answers.na'),
      },
      answerTypes: byKind(answerType),
      instructions: {
        title: t('questionnaire.file.instructions.title'),
        intro: t('questionnaire.file.instructions.intro'),
        requestedBy: t('questionnaire.file.instructions.requestedBy'),
        subject: t('questionnaire.file.instructions.subject'),
        checklist: t('questionnaire.file.instructions.checklist'),
        version: t('questionnaire.file.instructions.version'),
        dueDate: t('questionnaire.file.instructions.dueDate'),
        howToTitle: t('questionnaire.file.instructions.howToTitle'),
        howTo: [
          t('questionnaire.file.instructions.howTo1'),
          t('questionnaire.file.instructions.howTo2'),
          t('questionnaire.file.instructions.howTo3'),
          t('questionnaire.file.instructions.howTo4'),
        ],
        legendTitle: t('questionnaire.file.instructions.legendTitle'),
        legend: byKind(legend),
      },
      invalid: {
        title: t('questionnaire.file.invalid.title'),
        choice: t('questionnaire.file.invalid.choice'),
        date: t('questionnaire.file.invalid.date'),
        tooLong: t('questionnaire.file.invalid.tooLong'),
      },
    };
  }, [t]);
};

/**
 * The app's answer words in each language it speaks, the user's first: the import reads a returned file
 * with these, whatever language it was exported in, and never with words the file itself declares.
 */
export const useAppAnswerWords = (): (() => AppAnswerWords) => {
  const { i18n } = useTranslation();
  return useCallback((): AppAnswerWords => {
    const own = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
    const wordsIn = (language: Language): AnswerWords => {
      const t = i18n.getFixedT(language);
      return {
        yes: t('questionnaire.answers.yes'),
        partial: t('questionnaire.answers.partial'),
        no: t('questionnaire.answers.no'),
        na: t('questionnaire.answers.na'),
      };
    };
    return [wordsIn(own), ...languages.filter((language) => language !== own).map(wordsIn)];
  }, [i18n]);
};
