import { Button, Group, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useState } from 'react';
import { FormProvider, useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { checklistEditSchema, type Checklist } from '@shared/domain';
import { saveChecklist } from '@renderer/data/checklist-commands';
import { useUnsavedChangesGuard } from '@renderer/ui/useUnsavedChangesGuard';
import { ChecklistFormDetails } from './ChecklistFormDetails';
import { ChecklistFormSections } from './ChecklistFormSections';
import {
  toFormValues,
  withGeneratedIds,
  type ChecklistFormOutput,
  type ChecklistFormValues,
} from './checklistFormValues';
import { useErrorMessage } from '@renderer/ui/useErrorMessage';
import { paths } from '@renderer/paths';

/** The ids a stored checklist already has: kept as they are, whatever their form (answers are keyed by them). */
const idsOf = (checklist: Checklist | undefined): ReadonlySet<string> =>
  new Set(checklist?.sections.flatMap((section) => [section.id, ...section.items.map((item) => item.id)]));

/**
 * Validates with the shared schema once new sections and items have their ids, and refuses a version
 * that assessments already pinned: their answers must keep meaning what they meant.
 */
const checklistResolver = (
  pinnedVersions: readonly string[],
  keptIds: ReadonlySet<string>,
): Resolver<ChecklistFormValues, unknown, ChecklistFormOutput> => {
  const schema = checklistEditSchema(keptIds).superRefine((checklist, ctx) => {
    if (pinnedVersions.includes(checklist.version)) {
      ctx.addIssue({ code: 'custom', path: ['version'], message: 'checklists.form.versionInUse' });
    }
  });
  const resolve = zodResolver(schema);
  return (values, context, options) => resolve(withGeneratedIds(values), context, options);
};

interface ChecklistFormProps {
  /** The stored checklist when editing an own one. */
  checklist?: Checklist;
  pinnedVersions: readonly string[];
}

/** The template editor: its details, then its sections and their items. */
export const ChecklistForm = ({ checklist, pinnedVersions }: ChecklistFormProps) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const resolver = useMemo(
    () => checklistResolver(pinnedVersions, idsOf(checklist)),
    [pinnedVersions, checklist],
  );
  const form = useForm<ChecklistFormValues, unknown, ChecklistFormOutput>({
    resolver,
    defaultValues: toFormValues(checklist),
  });
  const { isDirty, isSubmitting } = form.formState;
  useUnsavedChangesGuard(isDirty);

  // Navigation waits for the form to be clean again, otherwise the unsaved-changes guard would stop it.
  const [savedId, setSavedId] = useState<string>();
  useEffect(() => {
    if (savedId && !isDirty) void navigate(paths.checklists.view(savedId));
  }, [savedId, isDirty, navigate]);

  // Only the open section's inputs are on screen: after a failed submit, open the first one with a problem.
  const [openSection, setOpenSection] = useState<number | null>(checklist?.sections.length ? 0 : null);
  const showProblems = (errors: FieldErrors<ChecklistFormValues>) => {
    const failed = (form.getValues('sections') ?? []).findIndex((_, index) => errors.sections?.[index]);
    if (failed >= 0) setOpenSection(failed);
  };

  const submit = form.handleSubmit(async (values) => {
    try {
      const saved = await saveChecklist(checklist ? { ...values, id: checklist.id } : values);
      form.reset(toFormValues(saved));
      setSavedId(saved.id);
      notifications.show({ color: 'green', message: t('checklists.form.saved', { name: saved.name }) });
    } catch (error) {
      notifications.show({
        color: 'red',
        message: t('checklists.form.saveFailed', { reason: errorMessage(error) }),
      });
    }
  }, showProblems);

  return (
    <FormProvider {...form}>
      <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('checklists.form.label')}>
        <Stack>
          <ChecklistFormDetails />
          <ChecklistFormSections open={openSection} onOpen={setOpenSection} />
          <Group>
            <Button type="submit" loading={isSubmitting}>
              {t('checklists.form.save')}
            </Button>
            <Button
              variant="default"
              component={Link}
              to={checklist ? paths.checklists.view(checklist.id) : paths.checklists.list}
            >
              {t('checklists.form.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormProvider>
  );
};
