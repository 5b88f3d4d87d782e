/**
 * Records keyed by checklist item id (an assessment's answers, answers waiting to be saved). Item ids come
 * from users and files: one named `constructor` would read Object.prototype's constructor through a plain
 * `answers[id]`, and one named `__proto__` would set the prototype when assigned, so its answer vanished.
 * These read and write own properties only.
 */

/** The value stored under `key` itself, never one inherited from Object.prototype. */
export const ownValue = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

/** A copy with `value` under `key` as an own property (a computed key defines; an assignment may not). */
export const withOwnValue = <T>(
  record: Readonly<Record<string, T>>,
  key: string,
  value: T,
): Record<string, T> => ({
  ...record,
  [key]: value,
});

/** A copy without `key`. */
export const withoutOwnValue = <T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> => {
  const { [key]: _removed, ...rest } = record;
  return rest;
};
