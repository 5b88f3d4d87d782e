import { Button, Modal, Select, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { listingValues, referenceEntryInputSchema, type ReferenceEntry } from '@shared/domain';
import { useErrorMessage } from '@renderer/ui/useErrorMessage';
import { saveReferenceEntry } from '@renderer/data/reference';
import { useIssueMessage } from '@renderer/ui/useIssueMessage';
import { useControllerProps } from '@renderer/ui/useControllerProps';
import {
  toReferenceFormValues,
  type ReferenceFormOutput,
  type ReferenceFormValues,
} from './referenceFormValues';
import { DialogActions } from '@renderer/ui/DialogActions';

const isIssueList = (value: unknown): value is (FieldError | undefined)[] => Array.isArray(value);

interface ReferenceEntryModalProps {
  /** The stored entry when editing; absent for a new one. */
  entry?: ReferenceEntry;
  onClose: () => void;
}

/** Adds or edits one entry of a reference list; nothing is written until the form is valid and saved. */
export const ReferenceEntryModal = ({ entry, onClose }: ReferenceEntryModalProps) => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const issue = useIssueMessage();
  const controlled = useControllerProps();
  const form = useForm<ReferenceFormValues, unknown, ReferenceFormOutput>({
    resolver: zodResolver(referenceEntryInputSchema),
    defaultValues: toReferenceFormValues(entry),
  });
  const { errors, isSubmitting } = form.formState;
  // An alias's own problem (too long) is reported at aliases.<index>; show the first one under the input.
  const aliasIssue =
    errors.aliases?.message ??
    (isIssueList(errors.aliases) ? errors.aliases.find(Boolean)?.message : undefined);

  const submit = form.handleSubmit(async (values) => {
    try {
      const saved = await saveReferenceEntry(entry ? { ...values, id: entry.id } : values);
      notifications.show({ color: 'green', message: t('reference.form.saved', { name: saved.name }) });
      onClose();
    } catch (error) {
      const reason = errorMessage(error);
      notifications.show({ color: 'red', message: t('reference.form.saveFailed', { reason }) });
    }
  });

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={entry ? t('reference.form.titleEdit', { name: entry.name }) : t('reference.form.titleNew')}
    >
      <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('reference.form.label')}>
        <Stack>
          <Controller
            control={form.control}
            name="list"
            render={({ field, fieldState }) => (
              <Select
                label={t('reference.form.list')}
                data={listingValues.map((value) => ({ value, label: t(`vendors.listing.${value}`) }))}
                allowDeselect={false}
                value={field.value}
                onChange={(value) => field.onChange(value ?? 'other')}
                {...controlled(field, fieldState)}
                comboboxProps={{ withinPortal: true }}
              />
            )}
          />
          <TextInput
            label={t('reference.form.name')}
            description={t('reference.form.nameHint')}
            withAsterisk
            error={issue(errors.name?.message)}
            {...form.register('name')}
          />
          <Controller
            control={form.control}
            name="aliases"
            render={({ field }) => (
              <TagsInput
                label={t('reference.form.aliases')}
                description={t('reference.form.aliasesHint')}
                value={field.value ?? []}
                onChange={field.onChange}
                onBlur={field.onBlur}
                ref={field.ref}
                error={issue(aliasIssue)}
              />
            )}
          />
          <TextInput
            type="date"
            label={t('reference.form.since')}
            error={issue(errors.since?.message)}
            {...form.register('since')}
          />
          <TextInput
            label={t('reference.form.source')}
            description={t('reference.form.sourceHint')}
            error={issue(errors.source?.message)}
            {...form.register('source')}
          />
          <Textarea
            label={t('reference.form.note')}
            autosize
            minRows={2}
            error={issue(errors.note?.message)}
            {...form.register('note')}
          />
          <DialogActions>
            <Button variant="default" onClick={onClose}>
              {t('reference.form.cancel')}
            </Button>
            <Button type="submit" loading={isSubmitting}>
              {t('reference.form.save')}
            </Button>
          </DialogActions>
        </Stack>
      </form>
    </Modal>
  );
};
