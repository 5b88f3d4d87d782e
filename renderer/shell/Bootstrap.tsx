import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { useCallback, useEffect, useState } from 'react';
import { openWorkspace } from '../data/database';
import { seedReferenceEntries } from '../data/reference';
import { requestPersistentStorage } from '../data/storage';
import { useSession } from '../stores/session';
import { AppRouter } from './AppRouter';
import { LanguageSync } from './LanguageSync';
import { RecoveryScreen } from './RecoveryScreen';
import { theme } from './theme';

type OpenState = { status: 'opening' } | { status: 'open' } | { status: 'failed'; error: unknown };

/** Opens the database before anything reads it; a failure shows the recovery screen, never an empty app. */
export const Bootstrap = () => {
  const [state, setState] = useState<OpenState>({ status: 'opening' });
  const setStoragePersistence = useSession((s) => s.setStoragePersistence);

  const open = useCallback(
    () =>
      // The built-in reference entries are part of a ready workspace: no screen ever sees it without them.
      openWorkspace()
        .then(seedReferenceEntries)
        .then(
          () => setState({ status: 'open' }),
          (error: unknown) => setState({ status: 'failed', error }),
        ),
    [],
  );

  const retry = () => {
    setState({ status: 'opening' });
    void open();
  };

  useEffect(() => {
    void open();
    void requestPersistentStorage().then(setStoragePersistence);
  }, [open, setStoragePersistence]);

  return (
    <MantineProvider theme={theme}>
      <LanguageSync />
      <ModalsProvider>
        <Notifications position="bottom-right" />
        {state.status === 'open' && <AppRouter />}
        {state.status === 'failed' && <RecoveryScreen error={state.error} onRetry={retry} />}
      </ModalsProvider>
    </MantineProvider>
  );
};
