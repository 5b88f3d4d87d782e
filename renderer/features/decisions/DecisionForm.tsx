import { Button, Group, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { FormProvider, useForm, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Decision, Dependency, Risk, Vendor } from '@shared/domain';
import { Refusal } from '@shared/messages/refusal';
import { saveDecision } from '@renderer/data/decisions';
import { useUnsavedChangesGuard } from '@renderer/ui/useUnsavedChangesGuard';
import {
  decisionFormSchema,
  fieldOfIssue,
  toDecisionFormValues,
  type DecisionFormOutput,
  type DecisionFormValues,
} from './decisionFormValues';
import { DecisionFormOptions } from './DecisionFormOptions';
import { DecisionFormWhat } from './DecisionFormWhat';
import { useErrorMessage } from '@renderer/ui/useErrorMessage';
import { paths } from '@renderer/paths';

interface DecisionFormProps {
  /** The stored decision when editing. */
  decision?: Decision;
  vendors: readonly Vendor[];
  dependencies: readonly Dependency[];
  risks: readonly Risk[];
}

/**
 * The question, its subject and its 2–6 options in one form. The schema checks each field as it is typed;
 * the save command checks the records named as they are now (a deleted vendor, a move to the dependency's
 * own vendor) and its refusal lands on the fields concerned, with every typed value kept.
 */
export const DecisionForm = ({ decision, vendors, dependencies, risks }: DecisionFormProps) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const form = useForm<DecisionFormValues, unknown, DecisionFormOutput>({
    resolver: zodResolver(decisionFormSchema),
    defaultValues: toDecisionFormValues(decision),
  });
  const { isDirty, isSubmitting } = form.formState;
  useUnsavedChangesGuard(isDirty);

  // Navigation waits for the form to be clean again, otherwise the unsaved-changes guard would stop it.
  const [savedId, setSavedId] = useState<string>();
  useEffect(() => {
    if (savedId && !isDirty) void navigate(paths.decisions.view(savedId));
  }, [savedId, isDirty, navigate]);

  const submit = form.handleSubmit(async (values) => {
    try {
      const saved = await saveDecision(decision ? { ...values, id: decision.id } : values);
      form.reset(toDecisionFormValues(saved));
      setSavedId(saved.id);
      notifications.show({
        color: 'green',
        message: t('decisions.form.saved', { question: saved.question }),
      });
    } catch (error) {
      if (error instanceof Refusal)
        for (const problem of error.issues)
          form.setError(fieldOfIssue(problem.path) as Path<DecisionFormValues>, { message: problem.message });
      notifications.show({
        color: 'red',
        message: t('decisions.form.saveFailed', { reason: errorMessage(error) }),
      });
    }
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('decisions.form.label')}>
        <Stack>
          <DecisionFormWhat vendors={vendors} dependencies={dependencies} />
          <DecisionFormOptions vendors={vendors} dependencies={dependencies} risks={risks} />
          <Group>
            <Button type="submit" loading={isSubmitting}>
              {t('decisions.form.save')}
            </Button>
            <Button
              variant="default"
              component={Link}
              to={decision ? paths.decisions.view(decision.id) : paths.decisions.list}
            >
              {t('decisions.form.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormProvider>
  );
};
