import { modals } from '@mantine/modals';
import { createElement, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';

/**
 * The forms on screen with unsaved changes. React Router consults only the last blocker registered, so a
 * screen with two forms (Settings) would let a dirty first form go when the second is clean: every
 * blocker asks whether ANY form is dirty instead.
 */
const dirtyForms = new Set<symbol>();
const anyFormDirty = (): boolean => dirtyForms.size > 0;

/**
 * Never lose a word typed: while a form has unsaved changes, leaving the screen asks first and closing
 * the window triggers the browser's own confirmation.
 */
export const useUnsavedChangesGuard = (dirty: boolean): void => {
  const { t } = useTranslation();
  const [form] = useState(() => Symbol('form'));
  const blocker = useBlocker(anyFormDirty);

  useEffect(() => {
    if (!dirty) return;
    dirtyForms.add(form);
    return () => {
      dirtyForms.delete(form);
    };
  }, [dirty, form]);

  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    modals.openConfirmModal({
      title: t('frame.unsavedChanges.title'),
      children: createElement('p', null, t('frame.unsavedChanges.body')),
      labels: { confirm: t('frame.unsavedChanges.leave'), cancel: t('frame.unsavedChanges.stay') },
      confirmProps: { color: 'red' },
      onConfirm: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    });
  }, [blocker, t]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
};
