import { useEffect, useRef, useState } from 'react';

/** What a list shows: its first rows while the whole table is read, then all of it. */
export interface ListData<T> {
  data: T;
  /** False while only the first rows are in: counting, sorting and filtering then wait. */
  complete: boolean;
}

type FirstRows<T> =
  { status: 'reading' } | { status: 'read'; data: T } | { status: 'drawn'; data: T } | { status: 'none' };

/** After the next frame is drawn: what the screen shows now reaches the user before the next task runs. */
const afterNextPaint = (then: () => void): (() => void) => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(then, 0)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
};

/**
 * Opens a list on its first rows: `readFirst` reads them (undefined when it has none to offer), and only
 * once they are drawn does `useAll` start reading the whole table (its argument says so), which then takes
 * their place: turning that many records into objects holds the window for a while, and would otherwise
 * hold the first rows back with it. When the whole table is already in memory (another screen read it), it
 * is shown at once and the first rows are not read.
 */
export const useFirstRowsThenAll = <T>(
  useAll: (live: boolean) => T | undefined,
  readFirst: () => Promise<T | undefined>,
): ListData<T> | undefined => {
  const [first, setFirst] = useState<FirstRows<T>>({ status: 'reading' });
  const all = useAll(first.status === 'drawn' || first.status === 'none');
  const allAtMount = useRef(all !== undefined);

  useEffect(() => {
    if (allAtMount.current) {
      setFirst({ status: 'none' });
      return;
    }
    let mounted = true;
    readFirst().then(
      (data) => mounted && setFirst(data === undefined ? { status: 'none' } : { status: 'read', data }),
      // The whole table's read reports what went wrong; the list just waits for it.
      () => mounted && setFirst({ status: 'none' }),
    );
    return () => {
      mounted = false;
    };
  }, [readFirst]);

  useEffect(() => {
    if (first.status !== 'read') return;
    return afterNextPaint(() => setFirst({ status: 'drawn', data: first.data }));
  }, [first]);

  if (all !== undefined) return { data: all, complete: true };
  if (first.status === 'read' || first.status === 'drawn') return { data: first.data, complete: false };
  return undefined;
};
