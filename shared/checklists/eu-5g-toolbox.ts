import type { Checklist } from '@shared/domain';
import { eu5gTechnicalSections } from './eu-5g-technical-measures';

/**
 * The operator-side measures of the EU 5G Toolbox (SM03–SM05, TM01–TM11) as questions an assessor answers
 * about one vendor. Items are written in the project's own words; `reference` names the Toolbox measure.
 *
 * Subject type 'vendor' rather than 'dependency': the strategic measures (risk profile, managed services and
 * third-line support, multi-vendor diversity) and the procurement and certification measures (TM08–TM10) are
 * properties of the supplier relationship, not of one product; the product-level measures (TM04, TM07) are
 * answered for the vendor's products in use. A user who wants them per product duplicates the template and
 * sets its subject type to 'dependency'.
 */
export const euToolboxChecklist: Checklist = {
  id: '5b0c1d2e-3f40-4a51-8b62-7c83d94ea501',
  name: 'EU 5G Toolbox — operator measures',
  version: '2026.2',
  source:
    'Cybersecurity of 5G networks — EU Toolbox of risk mitigating measures, NIS Cooperation Group, CG Publication 01/2020, 29 January 2020',
  builtIn: true,
  subjectType: 'vendor',
  sections: [
    {
      id: 'eu5g-strategic',
      title: 'Strategic measures (SM03–SM05)',
      items: [
        {
          id: 'eu5g-sm03-risk-profile',
          text: 'Has a risk profile of this vendor been established and reviewed within the last 12 months?',
          guidance:
            'Evidence: a completed "Supplier risk profile" assessment (the criteria of the 2019 EU coordinated risk assessment, C1a–C3 in our lettering) or an equivalent documented analysis, with its date and author. "Partial" if a profile exists but is older than 12 months or leaves criteria unrated.',
          reference: 'EU-5G-SM03',
          answerType: 'yes-no',
          weight: 2,
          riskCategory: 'sovereignty',
        },
        {
          id: 'eu5g-sm03-key-assets',
          text: 'Is it documented which key assets this vendor supplies or can reach (for example core network functions, network management and orchestration, access network in sensitive locations)?',
          guidance:
            'Evidence: an inventory or architecture view linking the vendor to the network functions and sites concerned, including assets it can reach through support or remote access, not only those it delivered.',
          reference: 'EU-5G-SM03',
          answerType: 'yes-no',
          weight: 1,
          riskCategory: 'security',
        },
        {
          id: 'eu5g-sm03-restrictions',
          text: 'If the vendor is considered high-risk, are restrictions — up to exclusion — applied to its equipment, services and access on key assets?',
          guidance:
            'Answer n.a. only if the risk profile concludes the vendor is not high-risk. Evidence: a management decision naming the restricted assets, an architecture showing the vendor absent from them, or a phase-out plan with dates and progress.',
          reference: 'EU-5G-SM03',
          answerType: 'yes-no',
          weight: 3,
          riskCategory: 'sovereignty',
        },
        {
          id: 'eu5g-sm04-support-access',
          text: "Is the vendor's third-line support, and any managed service it provides, limited to the access it needs, granted per intervention and logged?",
          guidance:
            'Evidence: the support and access procedure, a sample of approved intervention requests matched against access logs. "Partial" if access is standing rather than granted per intervention.',
          reference: 'EU-5G-SM04',
          answerType: 'yes-no',
          weight: 2,
          riskCategory: 'security',
        },
        {
          id: 'eu5g-sm04-support-locations',
          text: 'Are the entities and countries from which the vendor provides support or managed services known and agreed in the contract?',
          guidance:
            'Evidence: a contract annex or statement listing support centres, their countries and the sub-contractors involved, with an obligation to notify changes in advance.',
          reference: 'EU-5G-SM04',
          answerType: 'yes-no',
          weight: 1,
          riskCategory: 'sovereignty',
        },
        {
          id: 'eu5g-sm04-msp-requirements',
          text: 'Does the vendor, when acting as a managed service provider, meet security requirements at least equal to those the operator applies to its own operations?',
          guidance:
            'Evidence: contractual security requirements for the managed service, certifications covering it (e.g. ISO/IEC 27001 scope), audit reports, and vetting of staff with privileged access. Answer n.a. if the vendor provides no managed service.',
          reference: 'EU-5G-SM04',
          answerType: 'yes-no',
          weight: 1,
          riskCategory: 'security',
        },
        {
          id: 'eu5g-sm05-alternative',
          text: 'For each network domain this vendor supplies, is at least one alternative vendor deployed or qualified?',
          guidance:
            'Evidence: the multi-vendor strategy and, per domain (RAN, core, transport…), the second vendor in service or the qualification results. "Partial" if only some domains have an alternative.',
          reference: 'EU-5G-SM05',
          answerType: 'yes-no',
          weight: 2,
          riskCategory: 'concentration',
        },
        {
          id: 'eu5g-sm05-share',
          text: "Is this vendor's share of each network domain within the limit set by the operator's multi-vendor strategy?",
          guidance:
            'Evidence: the share of equipment or traffic per domain (the app\'s concentration view) compared with the limit the strategy sets. Answer "no" if no limit is set.',
          reference: 'EU-5G-SM05',
          answerType: 'yes-no',
          weight: 1,
          riskCategory: 'concentration',
        },
        {
          id: 'eu5g-sm05-exit-plan',
          text: 'How far has a plan to replace this vendor been worked out?',
          guidance:
            '0 = no plan · 1 = alternatives identified · 2 = plan with cost and duration estimated · 3 = plan approved and budgeted, interoperability with alternatives verified · 4 = replacement exercised (e.g. a region or function migrated) and the plan kept up to date.',
          reference: 'EU-5G-SM05',
          answerType: 'maturity',
          weight: 1,
          riskCategory: 'concentration',
        },
      ],
    },
    ...eu5gTechnicalSections,
  ],
  createdAt: '2026-11-25T00:00:00.000Z',
  updatedAt: '2026-11-25T00:00:00.000Z',
};
