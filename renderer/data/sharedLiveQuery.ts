import { liveQuery, type Subscription } from 'dexie';
import { useSyncExternalStore } from 'react';

const subscribeNothing = () => () => undefined;

/**
 * A live query shared by every component that reads it: one database read per change, whichever number
 * of screens and sections show the result, and one array, so their memoized computations agree. Once
 * started it stays subscribed, so the next screen that needs it finds it already loaded: with 50,000
 * dependencies, reading them again on every navigation would cost more than keeping them.
 *
 * The hook's `live` says whether this reader starts the query: a list showing its first rows first passes
 * false until they are drawn, so reading the whole table does not hold them back; it still gets the result
 * at once when another screen has already read it.
 */
export const sharedLiveQuery = <T>(query: () => Promise<T>): ((live?: boolean) => T | undefined) => {
  let value: T | undefined;
  let failure: { error: unknown } | undefined;
  let subscription: Subscription | undefined;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());

  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    subscription ??= liveQuery(query).subscribe({
      next: (next) => {
        value = next;
        failure = undefined;
        notify();
      },
      error: (error: unknown) => {
        // Reported once to the components reading it; the next subscriber starts a fresh query.
        failure = { error };
        subscription = undefined;
        notify();
      },
    });
    return () => listeners.delete(listener);
  };
  const snapshot = (): T | undefined => {
    if (failure) throw failure.error;
    return value;
  };

  return (live = true) => useSyncExternalStore(live ? subscribe : subscribeNothing, snapshot);
};

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Sorts records by a text the way a reader expects ("Item 2" before "Item 10"), in place. */
export const sortByText = <T>(records: T[], text: (record: T) => string): T[] =>
  records.sort((a, b) => collator.compare(text(a), text(b)));
