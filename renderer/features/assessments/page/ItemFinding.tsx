import { Anchor, Button, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Answer, Assessment, ChecklistItem, Risk } from '@shared/domain';
import { raiseFinding } from '@renderer/data/findings';
import { useAssessmentErrorMessage } from './useAssessmentErrorMessage';
import { useAnswerLabel } from './useAnswerLabel';
import { paths } from '@renderer/paths';

interface ItemFindingProps {
  assessment: Pick<Assessment, 'id' | 'subject' | 'checklistId'>;
  checklistName: string;
  subjectName: string;
  item: ChecklistItem;
  answer: Answer;
  risk: Risk | undefined;
}

/** "Raise as a risk" on a gap, or the link to the risk already raised from this item. */
export const ItemFinding = ({
  assessment,
  checklistName,
  subjectName,
  item,
  answer,
  risk,
}: ItemFindingProps) => {
  const { t } = useTranslation();
  const answerLabel = useAnswerLabel();
  const errorMessage = useAssessmentErrorMessage();
  const [raising, setRaising] = useState(false);

  if (risk) {
    return (
      <Text size="sm">
        {t('assessments.finding.raised')}{' '}
        <Anchor component={Link} to={paths.risks.view(risk.id)}>
          {risk.title}
        </Anchor>
      </Text>
    );
  }

  const raise = async () => {
    setRaising(true);
    try {
      await raiseFinding(assessment, item.id, {
        title: t('assessments.finding.title', { subject: subjectName, question: item.text }),
        description: t('assessments.finding.description', {
          checklist: checklistName,
          reference: item.reference ?? '—',
          question: item.text,
          answer: answerLabel(item, answer.value),
          comment: answer.comment ?? '—',
        }),
      });
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error) });
    } finally {
      setRaising(false);
    }
  };

  return (
    <Button size="xs" variant="light" color="orange" loading={raising} onClick={() => void raise()}>
      {t('assessments.finding.raise')}
    </Button>
  );
};
