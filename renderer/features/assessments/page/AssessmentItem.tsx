import { Badge, Box, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  isFindingAnswer,
  type Answer,
  type Assessment,
  type ChecklistItem,
  type EvidenceRecord,
  type Risk,
} from '@shared/domain';
import type { AnswerPatch } from '@renderer/data/assessments';
import { AnswerControl } from './AnswerControl';
import { DraftTextarea } from './DraftTextarea';
import { ItemEvidence } from './ItemEvidence';
import { ItemFinding } from './ItemFinding';

export interface ItemContext {
  assessment: Pick<Assessment, 'id' | 'subject' | 'checklistId'>;
  checklistName: string;
  subjectName: string;
  locked: boolean;
  today: string;
  onAnswer: (itemId: string, patch: AnswerPatch) => void;
  onAttach: (item: ChecklistItem) => void;
}

interface AssessmentItemProps {
  item: ChecklistItem;
  number: string;
  answer: Answer | undefined;
  evidence: readonly EvidenceRecord[];
  risk: Risk | undefined;
  context: ItemContext;
}

const noAnswer: Answer = { value: null, evidenceIds: [] };

/**
 * One checklist item as the assessor answers it: the question with its reference and guidance, the answer,
 * a comment, the evidence, and the finding it may become. Memoized: answering one item re-renders only it.
 */
export const AssessmentItem = memo(function AssessmentItem({
  item,
  number,
  answer = noAnswer,
  evidence,
  risk,
  context,
}: AssessmentItemProps) {
  const { t } = useTranslation();
  const labelId = `item-${item.id}`;
  const draftKey = `${context.assessment.id}.${item.id}`;
  const { locked, onAnswer } = context;
  const finding = risk !== undefined || isFindingAnswer(item, answer.value);

  return (
    <Paper withBorder p="sm" role="group" aria-labelledby={labelId}>
      <Stack gap={6}>
        <Group gap="xs" wrap="nowrap" align="flex-start" justify="space-between">
          <Text fw={600} id={labelId}>
            {number} {item.text}
          </Text>
          <Group gap={4} wrap="nowrap">
            {item.reference && (
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {item.reference}
              </Text>
            )}
            {item.weight !== 1 && (
              <Badge variant="light" size="sm" tt="none">
                {t('assessments.item.weight', { weight: item.weight })}
              </Badge>
            )}
          </Group>
        </Group>
        {item.guidance && (
          <Box component="details" fz="sm">
            <Box component="summary" style={{ cursor: 'pointer' }}>
              {t('assessments.item.guidance')}
            </Box>
            <Text size="sm" c="dimmed" mt={4}>
              {item.guidance}
            </Text>
          </Box>
        )}
        <AnswerControl
          item={item}
          value={answer.value}
          labelId={labelId}
          draftKey={draftKey}
          disabled={locked}
          onAnswer={(patch) => onAnswer(item.id, patch)}
        />
        {item.answerType === 'maturity' && (
          <Text size="xs" c="dimmed">
            {t(item.higherIsWorse ? 'assessments.item.concernScale' : 'assessments.item.maturityScale')}
          </Text>
        )}
        <DraftTextarea
          value={answer.comment ?? ''}
          onSave={(comment) => onAnswer(item.id, { comment })}
          draftKey={`${draftKey}.comment`}
          label={t('assessments.item.comment')}
          aria-label={t('assessments.item.commentOn', { number })}
          maxRows={6}
          size="xs"
          disabled={locked}
        />
        <ItemEvidence
          assessmentId={context.assessment.id}
          itemId={item.id}
          evidence={evidence}
          today={context.today}
          locked={locked}
        />
        <Group gap="xs">
          {!locked && (
            <Button size="xs" variant="subtle" onClick={() => context.onAttach(item)}>
              {t('assessments.evidence.add')}
            </Button>
          )}
          {finding && (
            <ItemFinding
              assessment={context.assessment}
              checklistName={context.checklistName}
              subjectName={context.subjectName}
              item={item}
              answer={answer}
              risk={risk}
            />
          )}
        </Group>
      </Stack>
    </Paper>
  );
});
