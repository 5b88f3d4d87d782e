import { Button, Group, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { dependencyInputSchema, type Dependency, type Vendor } from '@shared/domain';
import { saveDependency } from '@renderer/data/dependencies';
import { useErrorMessage } from '@renderer/ui/useErrorMessage';
import { TagsAndNotesFieldset } from '@renderer/ui/TagsAndNotesFieldset';
import { useUnsavedChangesGuard } from '@renderer/ui/useUnsavedChangesGuard';
import { DependencyFormExposure } from './DependencyFormExposure';
import { DependencyFormImpact } from './DependencyFormImpact';
import { DependencyFormWhat } from './DependencyFormWhat';
import { toFormValues, type DependencyFormOutput, type DependencyFormValues } from './dependencyFormValues';
import { useVendorNames } from '@renderer/ui/records/useVendorNames';
import { paths } from '@renderer/paths';

interface DependencyFormProps {
  /** The stored dependency when editing. */
  dependency?: Dependency;
  /** The vendor a new dependency starts with (the form was opened from that vendor's page). */
  vendorId?: string;
  vendors: readonly Vendor[];
  dependencies: readonly Dependency[];
}

/** Every field of a dependency (design §2) in one form. */
export const DependencyForm = ({ dependency, vendorId, vendors, dependencies }: DependencyFormProps) => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const navigate = useNavigate();
  const vendorNames = useVendorNames(vendors);
  const form = useForm<DependencyFormValues, unknown, DependencyFormOutput>({
    resolver: zodResolver(dependencyInputSchema),
    defaultValues: toFormValues(dependency, vendorId),
  });
  const { isDirty, isSubmitting } = form.formState;
  useUnsavedChangesGuard(isDirty);

  // Navigation waits for the form to be clean again, otherwise the unsaved-changes guard would stop it.
  const [savedId, setSavedId] = useState<string>();
  useEffect(() => {
    if (savedId && !isDirty) void navigate(paths.dependencies.view(savedId));
  }, [savedId, isDirty, navigate]);

  // A failed save leaves every typed value in place, so the user can fix the cause and save again.
  const submit = form.handleSubmit(async (values) => {
    try {
      const saved = await saveDependency(dependency ? { ...values, id: dependency.id } : values);
      form.reset(toFormValues(saved));
      setSavedId(saved.id);
      notifications.show({ color: 'green', message: t('dependencies.form.saved', { name: saved.name }) });
    } catch (error) {
      const reason = errorMessage(error);
      notifications.show({ color: 'red', message: t('dependencies.form.saveFailed', { reason }) });
    }
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('dependencies.form.label')}>
        <Stack>
          <DependencyFormWhat vendors={vendors} />
          <DependencyFormImpact />
          <DependencyFormExposure
            dependencies={dependencies}
            vendorNames={vendorNames}
            dependencyId={dependency?.id}
          />
          <TagsAndNotesFieldset
            legend={t('dependencies.form.tagsSection')}
            tagsLabel={t('dependencies.fields.tags')}
            tagsHint={t('dependencies.form.tagsHint')}
            notesLabel={t('dependencies.fields.notes')}
          />
          <Group>
            <Button type="submit" loading={isSubmitting}>
              {t('dependencies.form.save')}
            </Button>
            <Button
              variant="default"
              component={Link}
              to={dependency ? paths.dependencies.view(dependency.id) : paths.dependencies.list}
            >
              {t('dependencies.form.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormProvider>
  );
};
