import type { z } from 'zod';
import type { FieldIssue } from '../../messages/refusal';
import type { Dependency } from '../dependency';
import type { Risk } from '../risk';
import type { Vendor } from '../vendor';
import { decisionInputSchema, type Decision } from './decision';
import { issueKey } from '../zod-messages';

/** A refusal placed on a decision's field. */
export type DecisionIssue = FieldIssue;

export interface DecisionReferenceRecords {
  vendors: Iterable<Pick<Vendor, 'id'>>;
  dependencies: Iterable<Pick<Dependency, 'id' | 'vendorId'>>;
  risks: Iterable<Pick<Risk, 'id'>>;
}

type CheckedDecision = Pick<Decision, 'subject' | 'options'>;

/**
 * What the schema cannot know: whether the records a decision names still exist (a vendor or risk deleted
 * since the option was written), and whether a move sends a dependency to the vendor that already supplies
 * it. Returns every problem with its path; empty when the decision can be saved.
 */
export const checkDecisionReferences = (
  decision: CheckedDecision,
  records: DecisionReferenceRecords,
): DecisionIssue[] => {
  const vendorIds = new Set<string>();
  for (const vendor of records.vendors) vendorIds.add(vendor.id);
  const vendorOf = new Map<string, string>();
  for (const dependency of records.dependencies) vendorOf.set(dependency.id, dependency.vendorId);
  const riskIds = new Set<string>();
  for (const risk of records.risks) riskIds.add(risk.id);

  const issues: DecisionIssue[] = [];
  const deleted = (...path: (string | number)[]) =>
    issues.push({ path, message: 'decisions.validation.deletedRecord' });

  const { subject } = decision;
  if (subject.type === 'dependencies')
    subject.dependencyIds.forEach((id, i) => {
      if (!vendorOf.has(id)) deleted('subject', 'dependencyIds', i);
    });
  if (subject.type === 'vendor' && !vendorIds.has(subject.vendorId)) deleted('subject', 'vendorId');

  decision.options.forEach((option, o) => {
    option.moves.forEach((move, m) => {
      const currentVendor = vendorOf.get(move.dependencyId);
      if (currentVendor === undefined) deleted('options', o, 'moves', m, 'dependencyId');
      if (move.toVendorId === undefined) return;
      if (!vendorIds.has(move.toVendorId)) deleted('options', o, 'moves', m, 'toVendorId');
      else if (move.toVendorId === currentVendor)
        issues.push({
          path: ['options', o, 'moves', m, 'toVendorId'],
          message: 'decisions.validation.moveToOwnVendor',
        });
    });
    for (const riskId of Object.keys(option.expectedResidual))
      if (!riskIds.has(riskId)) deleted('options', o, 'expectedResidual', riskId);
    option.followUp.forEach((followUp, f) => {
      followUp.riskIds.forEach((riskId, r) => {
        if (!riskIds.has(riskId)) deleted('options', o, 'followUp', f, 'riskIds', r);
      });
    });
  });
  return issues;
};

export type DecisionCheck =
  { ok: true; decision: z.output<typeof decisionInputSchema> } | { ok: false; issues: DecisionIssue[] };

/**
 * A decision as a form or a file gives it, checked whole: the schema first (each field's own rules, the
 * weights' sum, the shares, the choice), then the records it names. Nothing is to be saved unless ok.
 */
export const checkDecision = (input: unknown, records: DecisionReferenceRecords): DecisionCheck => {
  const parsed = decisionInputSchema.safeParse(input);
  if (!parsed.success)
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => ({
        path: issue.path.map((key) => (typeof key === 'number' ? key : String(key))),
        message: issueKey(issue),
      })),
    };
  const issues = checkDecisionReferences(parsed.data, records);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, decision: parsed.data };
};
