import { modals } from '@mantine/modals';
import { createElement, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';

/**
 * Never lose a word typed: while a form has unsaved changes, leaving the screen asks first and closing
 * the window triggers the browser's own confirmation.
 */
export const useUnsavedChangesGuard = (dirty: boolean): void => {
  const { t } = useTranslation();
  const blocker = useBlocker(dirty);

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
