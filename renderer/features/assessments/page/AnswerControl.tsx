import { SegmentedControl, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { yesNoValues, type AnswerValue, type ChecklistItem } from '@shared/domain';
import type { AnswerPatch } from '@renderer/data/assessments';
import { DraftTextarea } from './DraftTextarea';

interface AnswerControlProps {
  item: ChecklistItem;
  value: AnswerValue;
  labelId: string;
  /** Identifies the item's typed text on this machine until it is saved. */
  draftKey: string;
  disabled: boolean;
  onAnswer: (patch: AnswerPatch) => void;
}

const maturityOptions = ['0', '1', '2', '3', '4', 'na'] as const;

/**
 * The answer to one item, by its type: radio buttons for yes-no and maturity (arrow keys move, Space
 * chooses), a text area for text, a date field for dates. Typed text is saved as the assessor pauses.
 */
export const AnswerControl = ({ item, value, labelId, draftKey, disabled, onAnswer }: AnswerControlProps) => {
  const { t } = useTranslation();
  switch (item.answerType) {
    case 'yes-no':
      return (
        <SegmentedControl
          aria-labelledby={labelId}
          data={yesNoValues.map((option) => ({ value: option, label: t(`assessments.answer.${option}`) }))}
          value={typeof value === 'string' ? value : ''}
          onChange={(next) => onAnswer({ value: next })}
          disabled={disabled}
          size="xs"
        />
      );
    case 'maturity':
      return (
        <SegmentedControl
          aria-labelledby={labelId}
          data={maturityOptions.map((option) => ({
            value: option,
            label: option === 'na' ? t('assessments.answer.na') : option,
          }))}
          value={value === null ? '' : String(value)}
          onChange={(next) => onAnswer({ value: next === 'na' ? 'na' : Number(next) })}
          disabled={disabled}
          size="xs"
        />
      );
    case 'text':
      return (
        <DraftTextarea
          value={typeof value === 'string' ? value : ''}
          onSave={(text) => onAnswer({ value: text })}
          draftKey={`${draftKey}.value`}
          aria-labelledby={labelId}
          placeholder={t('assessments.item.textPlaceholder')}
          maxRows={8}
          disabled={disabled}
        />
      );
    case 'date':
      return (
        <TextInput
          type="date"
          aria-labelledby={labelId}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onAnswer({ value: event.currentTarget.value })}
          disabled={disabled}
          w={180}
        />
      );
  }
};
