import type { RegistersInput } from '@shared/export';
import { useAssessments } from '@renderer/data/assessments';
import { useChecklists } from '@renderer/data/checklists';
import { useDecisions } from '@renderer/data/decisions';
import { useDependencies } from '@renderer/data/dependencies';
import { useLicences } from '@renderer/data/licences';
import { useRisks } from '@renderer/data/risks';
import { useVendors } from '@renderer/data/vendors';
import { useRegisterLabels } from '@renderer/ui/registerLabels';

/** Everything the registers export reads, or undefined while any table is still loading. */
export const useRegistersInput = (): RegistersInput | undefined => {
  const vendors = useVendors();
  const dependencies = useDependencies();
  const licences = useLicences();
  const risks = useRisks();
  const assessments = useAssessments();
  const checklists = useChecklists();
  const decisions = useDecisions();
  const labels = useRegisterLabels();
  if (!vendors || !dependencies || !licences || !risks || !assessments || !checklists || !decisions)
    return undefined;
  return { records: { vendors, dependencies, licences, risks, assessments, decisions }, checklists, labels };
};
