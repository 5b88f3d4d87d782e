import type { AuditEvent, Dependency, Vendor } from '../shared/domain';
import { pick, random, uuid } from './synthetic-workspace';

const actors = ['Ana Moreau', 'Ben Leroy', 'Chloé Martin', 'David Okafor', 'Eva Lindqvist', 'system', ''];
const notes = [
  'Contract renewed for three years.',
  'Escalated to the CISO.',
  '',
  'Pending the vendor’s answer.',
];

/** Every field of a record as the change log of its creation: [null, value]. */
const created = (record: object): NonNullable<AuditEvent['changes']> =>
  Object.fromEntries(
    Object.entries(record)
      .filter(([field]) => field !== 'createdAt' && field !== 'updatedAt')
      .map(([field, value]) => [field, [null, value]]),
  );

/**
 * An audit log shaped like years of use of a large workspace: the creation of every vendor and dependency
 * (whole records), then updates of a few fields (criticality, names, tags, notes, vendor), some deletions,
 * five people and the system, and one event in twenty merged from a colleague's file. Times run from
 * 2025-01-01, a few minutes apart, so the log spans about two years; deterministic for a given seed.
 */
export const syntheticAuditLog = (
  count: number,
  vendors: readonly Vendor[],
  dependencies: readonly Dependency[],
  seed = 17,
): AuditEvent[] => {
  const next = random(seed);
  let time = Date.UTC(2025, 0, 1, 8, 0);
  const events: AuditEvent[] = [];
  for (let index = 0; index < count; index += 1) {
    time += 60_000 + Math.floor(next() * 480_000);
    const base = { id: uuid(next), at: new Date(time).toISOString(), actor: pick(next, actors) };
    const imported =
      next() < 0.05
        ? {
            imported: {
              fileName: 'colleague-workspace.zip',
              sha256: 'ab12'.repeat(16),
              by: 'Ana Moreau',
              at: new Date(time + 86_400_000).toISOString(),
            },
          }
        : {};
    const vendor = vendors[index];
    const dependency = dependencies[index - vendors.length];
    if (vendor) {
      events.push({
        ...base,
        table: 'vendors',
        recordId: vendor.id,
        action: 'create',
        changes: created(vendor),
      });
      continue;
    }
    if (dependency) {
      events.push({
        ...base,
        table: 'dependencies',
        recordId: dependency.id,
        action: 'create',
        changes: created(dependency),
      });
      continue;
    }
    const roll = next();
    if (roll < 0.03) {
      events.push({
        ...base,
        ...imported,
        table: 'dependencies',
        recordId: uuid(next),
        action: 'delete',
        changes: { name: [`Retired component ${index}`, null], criticality: [2, null] },
      });
    } else if (roll < 0.35) {
      const target = pick(next, vendors);
      events.push({
        ...base,
        ...imported,
        table: 'vendors',
        recordId: target.id,
        action: 'update',
        changes:
          next() < 0.5
            ? { notes: [pick(next, notes), pick(next, notes)] }
            : {
                tags: [target.tags, [...target.tags, 'under-review']],
                ownership: [target.ownership, 'listed'],
              },
      });
    } else {
      const target = pick(next, dependencies);
      const change = next();
      events.push({
        ...base,
        ...imported,
        table: 'dependencies',
        recordId: target.id,
        action: 'update',
        changes:
          change < 0.4
            ? { criticality: [target.criticality, 1 + Math.floor(next() * 5)] }
            : change < 0.7
              ? { vendorId: [target.vendorId, pick(next, vendors).id] }
              : { notes: [pick(next, notes), pick(next, notes)], vendorRemoteAccess: [false, true] },
      });
    }
  }
  return events;
};
