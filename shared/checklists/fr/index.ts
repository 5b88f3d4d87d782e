import { digitalSovereigntyChecklist } from '../digital-sovereignty';
import { euToolboxChecklist } from '../eu-5g-toolbox';
import { licenceIpChecklist } from '../licence-ip';
import type { ChecklistWording } from '../localise';
import { nis2SupplyChainChecklist } from '../nis2-supply-chain';
import { supplierRiskProfileChecklist } from '../supplier-risk-profile';
import { ukTelecomsSecurityChecklist } from '../uk-telecoms-security';
import { digitalSovereigntyFr } from './digital-sovereignty';
import { euToolboxFr } from './eu-5g-toolbox';
import { licenceIpFr } from './licence-ip';
import { nis2SupplyChainFr } from './nis2-supply-chain';
import { supplierRiskProfileFr } from './supplier-risk-profile';
import { ukTelecomsSecurityFr } from './uk-telecoms-security';

/** The built-in checklists' French words, by checklist id. */
export const frenchChecklists: ReadonlyMap<string, ChecklistWording> = new Map([
  [euToolboxChecklist.id, euToolboxFr],
  [supplierRiskProfileChecklist.id, supplierRiskProfileFr],
  [nis2SupplyChainChecklist.id, nis2SupplyChainFr],
  [ukTelecomsSecurityChecklist.id, ukTelecomsSecurityFr],
  [licenceIpChecklist.id, licenceIpFr],
  [digitalSovereigntyChecklist.id, digitalSovereigntyFr],
]);
