import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localiseChecklist } from '@shared/checklists/localise';
import { buildQuestionnaire } from '@shared/questionnaire';
import { checklistOf, getAssessment } from '@renderer/data/assessments';
import { useSettings } from '@renderer/data/settings';
import { platform } from '@renderer/platform';
import { safeFileName } from '@shared/file-name';
import { subjectName } from '@renderer/data/subjects';
import { useErrorMessage } from '@renderer/ui/useErrorMessage';
import { useQuestionnaireLabels } from './useQuestionnaireLabels';

/** Saves the assessment as an XLSX questionnaire, in the user's language, for the vendor to fill in. */
export const ExportQuestionnaireButton = ({ assessmentId }: { assessmentId: string }) => {
  const { t, i18n } = useTranslation();
  const labels = useQuestionnaireLabels();
  const failureMessage = useErrorMessage();
  const [busy, setBusy] = useState(false);
  const settings = useSettings();

  const exportQuestionnaire = async (): Promise<void> => {
    const assessment = await getAssessment(assessmentId);
    // The questions in the same language as the file's headers and instructions.
    const checklist = localiseChecklist(await checklistOf(assessment), i18n.language);
    const subject = await subjectName(assessment.subject);
    const data = await buildQuestionnaire({
      checklist,
      assessment,
      subjectName: subject,
      organisation: settings?.organisationName,
      labels: labels(),
    });
    const fileName = `${safeFileName(t('questionnaire.export.fileName', { subject, checklist: checklist.name }))}.xlsx`;
    const result = await platform.saveFile({
      suggestedName: fileName,
      data,
      filters: [{ name: 'XLSX', extensions: ['xlsx'] }],
    });
    if (!result.ok) throw new Error(result.error);
    if (result.value.status === 'saved')
      notifications.show({ color: 'green', message: t('questionnaire.export.saved', { fileName }) });
  };

  const onClick = async (): Promise<void> => {
    setBusy(true);
    try {
      await exportQuestionnaire();
    } catch (error) {
      notifications.show({
        color: 'red',
        message: t('questionnaire.export.failed', { message: failureMessage(error) }),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button variant="default" loading={busy} onClick={() => void onClick()}>
      {t('questionnaire.export.button')}
    </Button>
  );
};
