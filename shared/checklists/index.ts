import type { Checklist } from '../domain';
import { digitalSovereigntyChecklist } from './digital-sovereignty';
import { euToolboxChecklist } from './eu-5g-toolbox';
import { licenceIpChecklist } from './licence-ip';
import { nis2SupplyChainChecklist } from './nis2-supply-chain';
import { supplierRiskProfileChecklist } from './supplier-risk-profile';
import { ukTelecomsSecurityChecklist } from './uk-telecoms-security';

/**
 * The checklists the app ships: read-only, versioned, referenced by their fixed ids from users'
 * assessments (a user duplicates one to customise it). Items are written in our own words; each cites the
 * reference id of its source (../shared/frameworks.md).
 */
export const builtInChecklists: readonly Checklist[] = [
  euToolboxChecklist,
  supplierRiskProfileChecklist,
  nis2SupplyChainChecklist,
  ukTelecomsSecurityChecklist,
  licenceIpChecklist,
  digitalSovereigntyChecklist,
];
