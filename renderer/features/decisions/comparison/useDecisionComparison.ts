import { useDeferredValue, useMemo } from 'react';
import type { Decision, Risk, Vendor } from '@shared/domain';
import { useDecision } from '@renderer/data/decisions';
import { useDependencies } from '@renderer/data/dependencies';
import { useLicences } from '@renderer/data/licences';
import { useRisks } from '@renderer/data/risks';
import { useVendors } from '@renderer/data/vendors';
import { decisionWhatIfs, prepareBaseline, type DecisionWhatIfs } from './comparisonModel';

export interface DecisionComparisonData {
  /** null: no decision of that id; undefined while it is read. */
  decision: Decision | null | undefined;
  /** Undefined until the records are read and the what-ifs worked out. */
  whatIfs: DecisionWhatIfs | undefined;
  vendors: readonly Vendor[] | undefined;
  risks: readonly Risk[] | undefined;
}

/**
 * A decision and the what-if of each of its options against today. The records are read through the shared
 * live queries; today's indexes are built once per change of the records and the options' what-ifs once per
 * change of the decision — both on deferred values, so typing a weight never waits for them.
 */
export const useDecisionComparison = (id: string | undefined): DecisionComparisonData => {
  const decision = useDecision(id);
  const vendors = useVendors();
  const dependencies = useDependencies();
  const licences = useLicences();
  const risks = useRisks();
  const deferredVendors = useDeferredValue(vendors);
  const deferredDependencies = useDeferredValue(dependencies);
  const deferredLicences = useDeferredValue(licences);
  const deferredRisks = useDeferredValue(risks);
  const deferredDecision = useDeferredValue(decision);

  const baseline = useMemo(
    () =>
      deferredVendors && deferredDependencies && deferredLicences && deferredRisks
        ? prepareBaseline({
            vendors: deferredVendors,
            dependencies: deferredDependencies,
            licences: deferredLicences,
            risks: deferredRisks,
          })
        : undefined,
    [deferredVendors, deferredDependencies, deferredLicences, deferredRisks],
  );
  const whatIfs = useMemo(
    () => (baseline && deferredDecision ? decisionWhatIfs(baseline, deferredDecision) : undefined),
    [baseline, deferredDecision],
  );
  return { decision, whatIfs, vendors, risks };
};
