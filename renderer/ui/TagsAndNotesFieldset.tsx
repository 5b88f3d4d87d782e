import { Fieldset, Stack, TagsInput, Textarea } from '@mantine/core';
import { Controller, useFormContext, type FieldError } from 'react-hook-form';
import { useIssueMessage } from './useIssueMessage';

/** The part of a record form this fieldset edits: the shared schemas' `tags` and `notes`. */
interface TagsAndNotesValues {
  tags?: string[];
  notes?: string;
}

interface TagsAndNotesFieldsetProps {
  legend: string;
  tagsLabel: string;
  tagsHint: string;
  notesLabel: string;
}

const isIssueList = (value: unknown): value is (FieldError | undefined)[] => Array.isArray(value);

/** Tags (for filtering) and free notes, the closing section of every record form. */
export const TagsAndNotesFieldset = ({
  legend,
  tagsLabel,
  tagsHint,
  notesLabel,
}: TagsAndNotesFieldsetProps) => {
  const issue = useIssueMessage();
  const { control, register, formState } = useFormContext<TagsAndNotesValues>();
  const { errors } = formState;
  // A tag's own problem (too long) is reported at tags.<index>; show the first one under the input.
  const tagIssue =
    errors.tags?.message ?? (isIssueList(errors.tags) ? errors.tags.find(Boolean)?.message : undefined);

  return (
    <Fieldset legend={legend}>
      <Stack>
        <Controller
          control={control}
          name="tags"
          render={({ field }) => (
            <TagsInput
              label={tagsLabel}
              description={tagsHint}
              value={field.value ?? []}
              onChange={field.onChange}
              onBlur={field.onBlur}
              ref={field.ref}
              error={issue(tagIssue)}
            />
          )}
        />
        <Textarea
          label={notesLabel}
          autosize
          minRows={3}
          error={issue(errors.notes?.message)}
          {...register('notes')}
        />
      </Stack>
    </Fieldset>
  );
};
