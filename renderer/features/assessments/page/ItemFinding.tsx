import { Anchor, Button, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Answer, Assessment, ChecklistItem, Risk } from '@shared/domain';
import { raiseFinding } from '@renderer/data/findings';
import { useErrorMessage } from '@renderer/ui/useErrorMessage';
import { useAnswerLabel } from './useAnswerLabel';
import { paths } from '@renderer/paths';
import { DialogActions } from '@renderer/ui/DialogActions';
import { shortLabel } from '@shared/checklists/short-label';

interface ItemFindingProps {
  assessment: Pick<Assessment, 'id' | 'subject' | 'checklistId' | 'checklistVersion'>;
  checklistName: string;
  subjectName: string;
  item: ChecklistItem;
  answer: Answer;
  risk: Risk | undefined;
}

/**
 * "Raise as a risk" on a gap, or the link to the risk already raised from this item. The risk's title is
 * proposed short (subject: the question shortened) and edited in a dialog before it is saved: a register
 * row or the report's top five cannot carry a two-line question.
 */
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
  const errorMessage = useErrorMessage();
  const [raising, setRaising] = useState(false);
  const [title, setTitle] = useState<string | null>(null);

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

  const raise = async (chosenTitle: string) => {
    setRaising(true);
    try {
      await raiseFinding(assessment, item.id, {
        title: chosenTitle,
        description: t('assessments.finding.description', {
          checklist: checklistName,
          reference: item.reference ?? '—',
          question: item.text,
          answer: answerLabel(item, answer.value),
          comment: answer.comment ?? '—',
        }),
      });
      setTitle(null);
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error) });
    } finally {
      setRaising(false);
    }
  };

  const proposed = t('assessments.finding.title', { subject: subjectName, question: shortLabel(item.text) });
  return (
    <>
      <Button size="xs" variant="light" color="orange" onClick={() => setTitle(proposed)}>
        {t('assessments.finding.raise')}
      </Button>
      {title !== null && (
        <Modal opened onClose={() => setTitle(null)} title={t('assessments.finding.dialogTitle')}>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (title.trim()) void raise(title.trim());
            }}
          >
            <Stack>
              <Text size="sm">{item.text}</Text>
              <TextInput
                label={t('assessments.finding.titleLabel')}
                description={t('assessments.finding.titleHelp')}
                value={title}
                maxLength={200}
                required
                data-autofocus
                onChange={(event) => setTitle(event.currentTarget.value)}
              />
              <DialogActions>
                <Button variant="default" onClick={() => setTitle(null)} disabled={raising}>
                  {t('assessments.finding.cancel')}
                </Button>
                <Button type="submit" color="orange" loading={raising} disabled={!title.trim()}>
                  {t('assessments.finding.save')}
                </Button>
              </DialogActions>
            </Stack>
          </form>
        </Modal>
      )}
    </>
  );
};
