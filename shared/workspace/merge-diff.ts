import { canonicalJson, mergeTables, type MergePlan, type MergeRecord } from './merge-plan';

/** One field both versions of a record hold differently, to show side by side before choosing one. */
export interface FieldDifference {
  /**
   * The field, then the keys inside it when it is an object: ['notes'], ['sovereignty', 'c1a'],
   * ['answers', 'srp-c1a', 'comment']. Lists are compared and shown whole.
   */
  path: string[];
  /** This workspace's value; undefined when it has none. */
  current: unknown;
  /** The colleague's value; undefined when it has none. */
  incoming: unknown;
}

/** Bookkeeping every record carries: the id is the same by definition, the dates are shown apart. */
const bookkeeping = new Set(['id', 'createdAt', 'updatedAt']);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const ownValueOf = (object: Record<string, unknown> | undefined, key: string): unknown =>
  object && Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;

/** An absent field and an empty one read the same to a user: neither is a difference to choose. */
const blank = (value: unknown): boolean =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

const sameValue = (a: unknown, b: unknown): boolean =>
  (blank(a) && blank(b)) || canonicalJson(a) === canonicalJson(b);

/**
 * Both records' keys in the order they were written: a key only theirs has goes after the key that
 * precedes it in theirs (a parent company added to a vendor shows beside its country, not last).
 */
const unionInOrder = (mine: readonly string[], theirs: readonly string[]): string[] => {
  const keys = [...mine];
  theirs.forEach((key, index) => {
    if (keys.includes(key)) return;
    const before = index === 0 ? -1 : keys.indexOf(theirs[index - 1] as string);
    keys.splice(before + 1, 0, key);
  });
  return keys;
};

const walk = (
  path: string[],
  current: Record<string, unknown> | undefined,
  incoming: Record<string, unknown> | undefined,
  out: FieldDifference[],
): void => {
  const keys = unionInOrder(Object.keys(current ?? {}), Object.keys(incoming ?? {}));
  for (const key of keys) {
    if (path.length === 0 && bookkeeping.has(key)) continue;
    const a = ownValueOf(current, key);
    const b = ownValueOf(incoming, key);
    if (sameValue(a, b)) continue;
    const nested = (isPlainObject(a) || a === undefined) && (isPlainObject(b) || b === undefined);
    if (nested) walk([...path, key], a, b, out);
    else out.push({ path: [...path, key], current: a, incoming: b });
  }
};

/**
 * The fields in which a colleague's version of a record differs from this workspace's, in the record's
 * field order, objects opened down to their values (a vendor's one changed criterion, an assessment's one
 * changed comment) and lists compared whole. Empty when only the time of saving differs.
 */
export const fieldDifferences = (current: MergeRecord, incoming: MergeRecord): FieldDifference[] => {
  const out: FieldDifference[] = [];
  walk([], current, incoming, out);
  return out;
};

/** What a user knows a record by: its name, title or file name; undefined when it has none. */
export const mergeRecordName = (record: MergeRecord): string | undefined =>
  ('name' in record && record.name) ||
  ('title' in record && record.title) ||
  ('fileName' in record && record.fileName) ||
  undefined;

/**
 * The name of every record either workspace holds, by id, so a link that differs (another vendor, other
 * dependencies) reads as names rather than ids. Both workspaces' versions are in the plan: added,
 * identical, changed on both sides (the colleague's name wins, as the one just compared) and only here.
 */
export const mergeRecordNames = (plan: MergePlan): Map<string, string> => {
  const names = new Map<string, string>();
  for (const table of mergeTables) {
    const { added, identical, conflicts, onlyHere } = plan.tables[table];
    const records = [
      ...onlyHere,
      ...identical,
      ...conflicts.flatMap(({ current, incoming }) => [current, incoming]),
      ...added,
    ];
    for (const record of records) {
      const name = mergeRecordName(record);
      if (name) names.set(record.id, name);
    }
  }
  return names;
};
