import { useCallback, useEffect, useRef } from 'react';

/**
 * The cancel of a task that can still be stopped (a workspace file being read and checked): `start` gives
 * each task a signal of its own, ending the one before; `cancel`, or leaving the screen, aborts it.
 */
export const useAbortable = () => {
  const current = useRef<AbortController | undefined>(undefined);

  useEffect(() => () => current.current?.abort(), []);

  const start = useCallback((): AbortSignal => {
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    return controller.signal;
  }, []);

  const cancel = useCallback(() => current.current?.abort(), []);

  return { start, cancel };
};
