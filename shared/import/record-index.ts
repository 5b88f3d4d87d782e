/** A record as the import sees it when matching rows or resolving links: its id and its name. */
export interface NamedRecord {
  id: string;
  name: string;
}

export type Resolution = { id: string } | { problem: 'notFound' } | { problem: 'ambiguous'; count: number };

/** Names compare as a user reads them: case and surrounding spaces do not matter. */
export const nameKey = (name: string): string => name.trim().toLowerCase();

/** Finds records by id or by name, in one map lookup each, so 10,000 rows resolve in milliseconds. */
export class RecordIndex {
  private readonly ids = new Map<string, string>();
  private readonly names = new Map<string, string[]>();

  constructor(records: Iterable<NamedRecord>) {
    for (const { id, name } of records) {
      this.ids.set(id.toLowerCase(), id);
      const key = nameKey(name);
      const same = this.names.get(key);
      if (same) same.push(id);
      else this.names.set(key, [id]);
    }
  }

  byId(id: string): string | undefined {
    return this.ids.get(id.trim().toLowerCase());
  }

  byName(name: string): string[] {
    return this.names.get(nameKey(name)) ?? [];
  }

  /** An id wins over a name, since a name may be shared and an id never is. */
  resolve(value: string): Resolution {
    const id = this.byId(value);
    if (id) return { id };
    const named = this.byName(value);
    if (named.length === 1 && named[0]) return { id: named[0] };
    return named.length === 0 ? { problem: 'notFound' } : { problem: 'ambiguous', count: named.length };
  }
}
