import { Textarea, type TextareaProps } from '@mantine/core';
import { useDraftText } from './useDraftText';

interface DraftTextareaProps extends Omit<TextareaProps, 'value' | 'onChange' | 'onBlur'> {
  value: string;
  onSave: (text: string) => void;
  /** Where the text is kept on this machine until it is saved (see useDraftText). */
  draftKey: string;
}

/** A growing text area whose text is saved as the user pauses (see useDraftText). */
export const DraftTextarea = ({ value, onSave, draftKey, ...props }: DraftTextareaProps) => {
  const draft = useDraftText(value, onSave, draftKey);
  return <Textarea autosize minRows={1} {...props} {...draft} />;
};
