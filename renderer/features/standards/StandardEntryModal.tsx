import { Button, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { networkDomainValues } from '@shared/domain';
import {
  duplicateStandard,
  generationValues,
  standardRefSchema,
  standardTitle,
  type StandardListEntry,
  type StandardRef,
  type StandardRefInput,
} from '@shared/domain/standards';
import { useErrorMessage } from '@renderer/ui/useErrorMessage';
import { saveStandardEntry } from '@renderer/data/standards-reference';
import { DialogActions } from '@renderer/ui/DialogActions';
import { useControllerProps } from '@renderer/ui/useControllerProps';
import { useIssueMessage } from '@renderer/ui/useIssueMessage';

interface StandardEntryModalProps {
  /** The entry when editing; absent for a new one. */
  entry?: StandardListEntry;
  /** The list as it is, to refuse a number it already has. */
  entries: readonly StandardListEntry[];
  onClose: () => void;
}

/**
 * Adds or edits one standard of the reference list; nothing is written until the form is valid and its
 * number is not listed already (in any spelling). An untouched built-in title is edited in the reader's
 * language.
 */
export const StandardEntryModal = ({ entry, entries, onClose }: StandardEntryModalProps) => {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const issue = useIssueMessage();
  const controlled = useControllerProps();
  const form = useForm<StandardRefInput, unknown, StandardRef>({
    resolver: zodResolver(standardRefSchema),
    defaultValues: entry
      ? { ...entry, title: standardTitle(entry, i18n.language) }
      : { number: '', title: '', generation: '5G', domain: 'ran' },
  });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    if (duplicateStandard(entries, values.number, entry?.id)) {
      form.setError('number', { message: 'validation.duplicateStandard' }, { shouldFocus: true });
      return;
    }
    try {
      // A built-in title shown in the reader's language and left as it was stays the stored one.
      const title =
        entry && values.title === standardTitle(entry, i18n.language) ? entry.title : values.title;
      const saved = await saveStandardEntry({ ...values, title, ...(entry && { id: entry.id }) });
      notifications.show({
        color: 'green',
        message: t('standards.reference.saved', { number: saved.number }),
      });
      onClose();
    } catch (error) {
      const reason = errorMessage(error);
      notifications.show({ color: 'red', message: t('standards.reference.saveFailed', { reason }) });
    }
  });

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={
        entry
          ? t('standards.reference.editTitle', { number: entry.number })
          : t('standards.reference.newTitle')
      }
    >
      <form
        onSubmit={(event) => void submit(event)}
        noValidate
        aria-label={t('standards.reference.formLabel')}
      >
        <Stack>
          <TextInput
            label={t('standards.reference.number')}
            description={t('standards.reference.numberHint')}
            withAsterisk
            error={issue(errors.number?.message)}
            {...form.register('number')}
          />
          <TextInput
            label={t('standards.reference.standardTitle')}
            description={t('standards.reference.titleHint')}
            withAsterisk
            error={issue(errors.title?.message)}
            {...form.register('title')}
          />
          <SimpleGrid cols={2}>
            <Controller
              control={form.control}
              name="generation"
              render={({ field, fieldState }) => (
                <Select
                  label={t('standards.reference.generation')}
                  data={generationValues.map((value) => ({
                    value,
                    label: t(`standards.reference.generationValue.${value}`),
                  }))}
                  allowDeselect={false}
                  value={field.value}
                  onChange={(value) => field.onChange(value ?? 'other')}
                  {...controlled(field, fieldState)}
                  comboboxProps={{ withinPortal: true }}
                />
              )}
            />
            <Controller
              control={form.control}
              name="domain"
              render={({ field, fieldState }) => (
                <Select
                  label={t('standards.reference.domain')}
                  data={networkDomainValues.map((value) => ({
                    value,
                    label: t(`dependencies.domain.${value}`),
                  }))}
                  allowDeselect={false}
                  value={field.value}
                  onChange={(value) => field.onChange(value ?? 'other')}
                  {...controlled(field, fieldState)}
                  comboboxProps={{ withinPortal: true }}
                />
              )}
            />
          </SimpleGrid>
          <DialogActions>
            <Button variant="default" onClick={onClose}>
              {t('standards.reference.cancel')}
            </Button>
            <Button type="submit" loading={isSubmitting}>
              {t('standards.reference.save')}
            </Button>
          </DialogActions>
        </Stack>
      </form>
    </Modal>
  );
};
