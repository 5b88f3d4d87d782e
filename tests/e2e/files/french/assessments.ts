import { digitalSovereigntyChecklist } from '../../../../shared/checklists/digital-sovereignty';
import { euToolboxChecklist } from '../../../../shared/checklists/eu-5g-toolbox';
import { licenceIpChecklist } from '../../../../shared/checklists/licence-ip';
import { supplierRiskProfileChecklist } from '../../../../shared/checklists/supplier-risk-profile';
import type { Assessment, Checklist } from '../../../../shared/domain';
import { created, ids, inDays, meta } from './records';

/** The French workspace's own checklist, and assessments in each state (built-in checklists among them). */

export const ownChecklist: Checklist = {
  ...meta(ids.ownChecklist),
  name: 'Notre grille interne',
  version: '1',
  builtIn: false,
  subjectType: 'vendor',
  sections: [
    {
      id: 'gouvernance',
      title: 'Gouvernance',
      items: [
        {
          id: 'politique',
          text: 'Le fournisseur a-t-il une politique de sécurité ?',
          answerType: 'yes-no',
          weight: 1,
        },
        { id: 'maturite', text: 'Maturité de la gestion des correctifs', answerType: 'maturity', weight: 2 },
      ],
    },
  ],
};

const answeredAt = created;
const assessment = (
  id: string,
  checklist: Checklist,
  subject: Assessment['subject'],
  fields: Partial<Assessment>,
): Assessment => ({
  ...meta(id),
  checklistId: checklist.id,
  checklistVersion: checklist.version,
  subject,
  status: 'draft',
  answers: {},
  revision: 1,
  ...fields,
});

export const assessments: Assessment[] = [
  assessment(
    ids.profile,
    supplierRiskProfileChecklist,
    { type: 'vendor', id: ids.dragon },
    {
      status: 'in-review',
      reviewer: 'Chloé Lambert',
      dueDate: inDays(15),
      answers: {
        'srp-c1a': { value: 4, comment: 'Liens étroits avec l’État', evidenceIds: [], answeredAt },
        'srp-lists-screened': { value: 'partial', evidenceIds: [], answeredBy: 'Inès Moreau', answeredAt },
        'srp-c2': { value: 3, evidenceIds: [] },
      },
    },
  ),
  assessment(
    ids.toolbox,
    euToolboxChecklist,
    { type: 'vendor', id: ids.radiocom },
    {
      dueDate: inDays(40),
      answers: {
        'eu5g-sm03-risk-profile': { value: 'yes', evidenceIds: [] },
        'eu5g-sm03-key-assets': { value: 'no', comment: 'Inventaire à faire', evidenceIds: [] },
      },
    },
  ),
  assessment(
    ids.licenceReview,
    licenceIpChecklist,
    { type: 'licence', id: ids.sepLicence },
    {
      status: 'approved',
      conclusion: 'warning',
      reviewer: 'Chloé Lambert',
      approvedBy: 'Inès Moreau',
      approvedAt: created,
      nextReviewDate: inDays(25),
      answers: {
        'lic-sep-coverage': { value: 'yes', evidenceIds: [] },
        'lic-sep-channel': { value: 'Pool de brevets', evidenceIds: [] },
      },
    },
  ),
  assessment(ids.sovereignty, digitalSovereigntyChecklist, { type: 'dependency', id: ids.station }, {}),
];
