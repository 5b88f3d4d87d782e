import type { WorkspaceRecords, WorkspaceTable } from './workspace-data';
import type { ProblemList } from './workspace-file-problems';
import { MAX_CLOCK_SKEW_MS } from './workspace-file-schema';

/** A moment a record states (field path and ISO 8601 value); dates without time may be in the future. */
type Stamp = [field: string, value: string | undefined];

const meta = (record: { createdAt: string; updatedAt: string }): Stamp[] => [
  ['createdAt', record.createdAt],
  ['updatedAt', record.updatedAt],
];

/** Every field of design §2 that says when something happened, table by table. */
const stampsOf: { [T in WorkspaceTable]: (record: WorkspaceRecords[T][number]) => Stamp[] } = {
  vendors: meta,
  dependencies: meta,
  licences: meta,
  risks: meta,
  checklists: meta,
  assessments: (assessment) => [
    ...meta(assessment),
    ['approvedAt', assessment.approvedAt],
    ...Object.entries(assessment.answers).map(([itemId, answer]): Stamp => [
      `answers.${itemId}.answeredAt`,
      answer.answeredAt,
    ]),
  ],
  evidence: meta,
  declarationSets: (set) => [...meta(set), ['importedAt', set.importedAt], ['replacedAt', set.replacedAt]],
  royaltyRates: meta,
  auditLog: (event) => [
    ['at', event.at],
    ['imported.at', event.imported?.at],
  ],
  reports: (report) => [...meta(report), ['generatedAt', report.generatedAt]],
  sbomComponents: meta,
  referenceEntries: meta,
  decisions: (decision) => [...meta(decision), ['approvedAt', decision.approvedAt]],
};

/** True when `value` is later than `now` by more than the clock skew two machines may have. */
export const isFuture = (value: string, now: Date): boolean =>
  Date.parse(value) > now.getTime() + MAX_CLOCK_SKEW_MS;

/**
 * Reports every time in the file later than now (beyond the clock skew): such a time cannot be true, and
 * a merge that prefers the record saved last would let it win every conflict; an audit event dated so
 * would claim to come after everything. `positions` gives each record's number in its table.
 */
export const checkTimestamps = (
  records: WorkspaceRecords,
  positions: ReadonlyMap<object, number>,
  problems: ProblemList,
  now: Date,
): void => {
  for (const table of Object.keys(stampsOf) as WorkspaceTable[]) {
    const stamps = stampsOf[table] as (record: unknown) => Stamp[];
    for (const record of records[table]) {
      for (const [field, value] of stamps(record)) {
        if (value === undefined || !isFuture(value, now)) continue;
        problems.add({
          table,
          record: positions.get(record),
          id: record.id,
          field,
          message: 'workspaceFile.problems.future',
          params: { value },
        });
      }
    }
  }
};
