import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_IMPORT_BYTES } from '@shared/import';
import { readQuestionnaire } from '@shared/questionnaire';
import { checklistOf, getAssessment } from '../../../data/assessments';
import { platform } from '../../../platform';
import { QuestionnaireReview, type QuestionnaireFile } from './QuestionnaireReview';
import { useAssessmentErrorMessage } from '../page/useAssessmentErrorMessage';
import { useAppAnswerWords } from './useQuestionnaireLabels';

/**
 * Opens a questionnaire the vendor filled and shows its answers for review; nothing is written until the
 * assessor accepts them. An approved assessment is locked and refuses the import.
 */
export const ImportQuestionnaireButton = ({ assessmentId }: { assessmentId: string }) => {
  const { t } = useTranslation();
  const failureMessage = useAssessmentErrorMessage();
  const answerWords = useAppAnswerWords();
  const [busy, setBusy] = useState(false);
  const [file, setFile] = useState<QuestionnaireFile>();

  const fail = (message: string): void => {
    notifications.show({ color: 'red', message: t('questionnaire.import.failed', { message }) });
  };

  const importQuestionnaire = async (): Promise<void> => {
    const assessment = await getAssessment(assessmentId);
    if (assessment.status === 'approved') {
      notifications.show({ color: 'red', message: t('questionnaire.import.locked') });
      return;
    }
    const opened = await platform.openFile({
      filters: [{ name: 'XLSX', extensions: ['xlsx'] }],
      maxBytes: MAX_IMPORT_BYTES,
    });
    if (!opened.ok) return fail(opened.error);
    if (opened.value.status === 'cancelled') return;
    const checklist = await checklistOf(assessment);
    const result = await readQuestionnaire(opened.value.data, {
      checklist,
      assessment,
      words: answerWords(),
    });
    setFile({ fileName: opened.value.fileName, checklist, result });
  };

  const onClick = async (): Promise<void> => {
    setBusy(true);
    try {
      await importQuestionnaire();
    } catch (error) {
      fail(failureMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button variant="default" loading={busy} onClick={() => void onClick()}>
        {t('questionnaire.import.button')}
      </Button>
      {file && (
        <QuestionnaireReview assessmentId={assessmentId} file={file} onClose={() => setFile(undefined)} />
      )}
    </>
  );
};
