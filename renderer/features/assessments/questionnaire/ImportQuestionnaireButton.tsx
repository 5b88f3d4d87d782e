import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_IMPORT_BYTES } from '@shared/import';
import { localiseChecklist } from '@shared/checklists/localise';
import type { QuestionnaireReadResult } from '@shared/questionnaire';
import { checklistOf, getAssessment } from '@renderer/data/assessments';
import { useFileTask } from '@renderer/files/useFileTask';
import { platform } from '@renderer/platform';
import { FileTaskStatusLine } from '@renderer/ui/FileTaskStatusLine';
import { QuestionnaireReview, type QuestionnaireFile } from './QuestionnaireReview';
import { useErrorMessage } from '@renderer/ui/useErrorMessage';
import { useAppAnswerWords } from './useQuestionnaireLabels';

/**
 * Opens a questionnaire the vendor filled, reads it in the file worker and shows its answers for review;
 * nothing is written until the assessor accepts them. A file the worker could not read is refused in the
 * review with that one problem. An approved assessment is locked and refuses the import.
 */
export const ImportQuestionnaireButton = ({ assessmentId }: { assessmentId: string }) => {
  const { t, i18n } = useTranslation();
  const failureMessage = useErrorMessage();
  const answerWords = useAppAnswerWords();
  const task = useFileTask();
  const [opening, setOpening] = useState(false);
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
    const { fileName, data } = opened.value;
    // Shown in the app's language in the review; the file is read in whichever language it was written.
    const checklist = localiseChecklist(await checklistOf(assessment), i18n.language);
    const read = await task.read(
      'questionnaire',
      { name: fileName, bytes: data },
      { checklist, assessment, words: answerWords() },
    );
    if (!read.ok && read.failure === 'cancelled') return;
    const result: QuestionnaireReadResult = read.ok
      ? read.value
      : { ok: false, problems: [{ message: `common.fileTask.${read.failure}` }] };
    setFile({ fileName, checklist, result });
  };

  const onClick = async (): Promise<void> => {
    setOpening(true);
    try {
      await importQuestionnaire();
    } catch (error) {
      fail(failureMessage(error));
    } finally {
      setOpening(false);
    }
  };

  return (
    <>
      <Button variant="default" loading={opening} onClick={() => void onClick()}>
        {t('questionnaire.import.button')}
      </Button>
      <FileTaskStatusLine status={task.status} onCancel={task.cancel} />
      {file && (
        <QuestionnaireReview assessmentId={assessmentId} file={file} onClose={() => setFile(undefined)} />
      )}
    </>
  );
};
