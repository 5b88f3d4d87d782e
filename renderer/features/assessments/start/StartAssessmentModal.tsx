import { Alert, Button, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { AssessmentSubject, Checklist } from '@shared/domain';
import { startAssessment } from '@renderer/data/assessments';
import { useChecklists } from '@renderer/data/checklists';
import { useControllerProps } from '@renderer/ui/useControllerProps';
import { useIssueMessage } from '@renderer/ui/useIssueMessage';
import {
  startAssessmentFormSchema,
  type StartAssessmentFormOutput,
  type StartAssessmentFormValues,
} from './startAssessmentForm';
import { useErrorMessage } from '@renderer/ui/useErrorMessage';
import { useSubjectOptions } from './useSubjectOptions';
import { paths } from '@renderer/paths';
import { DialogActions } from '@renderer/ui/DialogActions';

export interface StartAssessmentProps {
  /** Fixed when started from a checklist's page: only the subject is chosen. */
  checklist?: Checklist;
  /** Fixed when started from a vendor's, dependency's or licence's page: only the checklist is chosen. */
  subject?: AssessmentSubject & { name: string };
}

interface StartAssessmentModalProps extends StartAssessmentProps {
  onClose: () => void;
}

/** Starts a draft assessment of one record against one checklist made for its kind, then opens it. */
export const StartAssessmentModal = ({ checklist, subject, onClose }: StartAssessmentModalProps) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const issue = useIssueMessage();
  const controlled = useControllerProps();
  const failureMessage = useErrorMessage();
  const [failure, setFailure] = useState<string>();
  const checklists = useChecklists();
  const form = useForm<StartAssessmentFormValues, unknown, StartAssessmentFormOutput>({
    resolver: zodResolver(startAssessmentFormSchema),
    defaultValues: { checklistId: checklist?.id ?? '', subjectId: subject?.id ?? '', dueDate: '' },
  });
  const checklistId = form.watch('checklistId');
  const chosenChecklist = checklist ?? checklists?.find((candidate) => candidate.id === checklistId);
  const subjectOptions = useSubjectOptions(subject ? undefined : chosenChecklist?.subjectType);
  const checklistOptions = useMemo(
    () =>
      (checklists ?? [])
        .filter((candidate) => !subject || candidate.subjectType === subject.type)
        .map((candidate) => ({
          value: candidate.id,
          label: t('assessmentLists.start.checklistOption', {
            name: candidate.name,
            version: candidate.version,
            kind: t(`assessments.subjectType.${candidate.subjectType}`),
          }),
        })),
    [checklists, subject, t],
  );

  const submit = form.handleSubmit(async (values) => {
    const type = subject?.type ?? chosenChecklist?.subjectType;
    if (!type) return;
    setFailure(undefined);
    try {
      const started = await startAssessment({
        checklistId: values.checklistId,
        subject: { type, id: values.subjectId },
        ...(values.dueDate ? { dueDate: values.dueDate } : {}),
      });
      notifications.show({ color: 'green', message: t('assessmentLists.start.started') });
      onClose();
      void navigate(paths.assessments.view(started.id));
    } catch (error) {
      setFailure(failureMessage(error));
    }
  });

  return (
    <Modal opened onClose={onClose} title={t('assessmentLists.start.title')}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack>
          {subject && (
            <Text size="sm">
              {t('assessmentLists.start.subjectFixed', {
                kind: t(`assessments.subjectType.${subject.type}`),
                name: subject.name,
              })}
            </Text>
          )}
          {checklist ? (
            <Text size="sm">
              {t('assessmentLists.start.checklistFixed', {
                name: checklist.name,
                version: checklist.version,
              })}
            </Text>
          ) : (
            <Controller
              control={form.control}
              name="checklistId"
              render={({ field, fieldState }) => (
                <Select
                  label={t('assessmentLists.start.checklist')}
                  data={checklistOptions}
                  searchable
                  required
                  value={field.value || null}
                  onChange={(value) => {
                    field.onChange(value ?? '');
                    if (!subject) form.setValue('subjectId', '');
                  }}
                  {...controlled(field, fieldState)}
                />
              )}
            />
          )}
          {!subject && (
            <Controller
              control={form.control}
              name="subjectId"
              render={({ field, fieldState }) => (
                <Select
                  label={
                    chosenChecklist
                      ? t(`assessmentLists.start.subject.${chosenChecklist.subjectType}`)
                      : t('assessmentLists.start.subject.any')
                  }
                  description={chosenChecklist ? undefined : t('assessmentLists.start.chooseChecklistFirst')}
                  data={subjectOptions}
                  disabled={!chosenChecklist}
                  searchable
                  limit={100}
                  required
                  nothingFoundMessage={t('assessmentLists.start.noSubject')}
                  value={field.value || null}
                  onChange={(value) => field.onChange(value ?? '')}
                  {...controlled(field, fieldState)}
                />
              )}
            />
          )}
          <TextInput
            label={t('assessmentLists.start.dueDate')}
            type="date"
            error={issue(form.formState.errors.dueDate?.message)}
            {...form.register('dueDate')}
          />
          {failure && (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          )}
          <DialogActions>
            <Button variant="default" onClick={onClose}>
              {t('assessmentLists.start.cancel')}
            </Button>
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t('assessmentLists.start.submit')}
            </Button>
          </DialogActions>
        </Stack>
      </form>
    </Modal>
  );
};
