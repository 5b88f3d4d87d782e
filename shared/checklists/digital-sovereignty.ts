import type { Checklist } from '@shared/domain';
import { sovereigntyOperationsSections } from './digital-sovereignty-operations';

/**
 * Digital sovereignty — the project's own checklist for one dependency, structured on the eight sovereignty
 * objectives of the EU Cloud Sovereignty Framework (SOV-1 … SOV-8) and adapted to network suppliers. Items that
 * have no counterpart in that framework (dependence on standards and specifications) carry DW-SOV-nn ids.
 * Weights loosely follow the framework's objective weights: supply chain, operational, technology and
 * strategic items weigh most; environmental items least.
 */
export const digitalSovereigntyChecklist: Checklist = {
  id: '5b0c1d2e-3f40-4a51-8b62-7c83d94ea506',
  name: 'Digital sovereignty',
  version: '2026.1',
  source:
    'Project checklist structured on the EU Cloud Sovereignty Framework v1.2.1 (October 2025) sovereignty objectives SOV-1 to SOV-8, adapted to network suppliers',
  builtIn: true,
  subjectType: 'dependency',
  sections: [
    {
      id: 'sov-strategic',
      title: 'Strategic control (SOV-1)',
      items: [
        {
          id: 'sov-strategic-control',
          text: 'Is the supplier of this dependency headquartered and ultimately controlled within the EU, or within a jurisdiction the operator has accepted?',
          guidance:
            'Evidence: the group structure up to the ultimate parent, with the country of each controlling entity. Control by an entity outside accepted jurisdictions is a "no".',
          reference: 'SOV-1',
          answerType: 'yes-no',
          weight: 3,
          riskCategory: 'sovereignty',
        },
        {
          id: 'sov-strategic-owners',
          text: 'Are the ultimate beneficial owners known, and is the supplier free of controlling or blocking stakes held by a third-country state or state-linked body?',
          guidance:
            'Evidence: a register extract or LEI relationship data and the supplier’s declaration of ownership, covering state shareholdings, golden shares and board appointment rights.',
          reference: 'SOV-1',
          answerType: 'yes-no',
          weight: 3,
          riskCategory: 'sovereignty',
        },
        {
          id: 'sov-strategic-footprint',
          text: 'How strong is the supplier’s EU footprint for this dependency (engineering, support, manufacturing, decision-making)?',
          guidance:
            '0: sales presence only. 1: local support staff. 2: EU support and integration centre. 3: EU engineering able to maintain the product. 4: product development, roadmap decisions and critical support all in the EU.',
          reference: 'SOV-1',
          answerType: 'maturity',
          weight: 2,
          riskCategory: 'sovereignty',
        },
      ],
    },
    {
      id: 'sov-legal',
      title: 'Legal and jurisdictional exposure (SOV-2)',
      items: [
        {
          id: 'sov-legal-governing-law',
          text: 'Is the contract governed by the law of an EU member state, with disputes decided by courts or an arbitration seat in the EU?',
          guidance: 'Quote the governing-law and jurisdiction clauses.',
          reference: 'SOV-2',
          answerType: 'yes-no',
          weight: 1,
          riskCategory: 'sovereignty',
        },
        {
          id: 'sov-legal-extraterritorial',
          text: 'Is the supplier free of third-country laws that could compel it to give access to the operator’s data or network, alter its products, or suspend supply or support?',
          guidance:
            'Consider the laws of every country where the supplier or its parent is incorporated or has staff with access. Record the laws identified and any legal opinion obtained; exposure without an effective safeguard is a "no".',
          reference: 'SOV-2',
          answerType: 'yes-no',
          weight: 3,
          riskCategory: 'sovereignty',
        },
        {
          id: 'sov-legal-requests',
          text: 'Must the supplier tell the operator about government requests for access to its data or network, where the law allows, and challenge unlawful ones?',
          guidance:
            'Quote the clause on government access requests and the supplier’s latest transparency report if it publishes one.',
          reference: 'SOV-2',
          answerType: 'yes-no',
          weight: 1,
          riskCategory: 'sovereignty',
        },
      ],
    },
    {
      id: 'sov-data',
      title: 'Data location and control (SOV-3)',
      items: [
        {
          id: 'sov-data-location',
          text: 'Are the operator’s data handled by this dependency (configuration, logs, traces, telemetry, subscriber data) stored and processed only in agreed locations within the EU?',
          guidance:
            'Evidence: the data-flow description and the contractual data-location commitment, including backups and support tooling. Any processing outside agreed locations is a "no".',
          reference: 'SOV-3',
          answerType: 'yes-no',
          weight: 3,
          riskCategory: 'sovereignty',
        },
        {
          id: 'sov-data-countries',
          text: 'In which countries can the operator’s data be stored, processed or viewed, by the supplier or its sub-processors?',
          guidance: 'List the countries and the purpose of each (hosting, support, analytics, backup).',
          reference: 'SOV-3',
          answerType: 'text',
          weight: 1,
        },
        {
          id: 'sov-data-telemetry',
          text: 'Can the operator see, restrict or switch off telemetry and other data the equipment or software sends to the supplier?',
          guidance:
            'Evidence: documentation of outbound connections and the setting or gateway that controls them, tested on the deployed version.',
          reference: 'SOV-3',
          answerType: 'yes-no',
          weight: 2,
          riskCategory: 'security',
        },
        {
          id: 'sov-data-keys',
          text: 'Are the encryption keys and credentials protecting the operator’s data under the operator’s sole control?',
          guidance:
            'Evidence: the key-management design (operator-held HSM, bring-your-own-key) and who can use or export keys.',
          reference: 'SOV-3',
          answerType: 'yes-no',
          weight: 2,
          riskCategory: 'security',
        },
      ],
    },
    ...sovereigntyOperationsSections,
    {
      id: 'sov-security',
      title: 'Security and compliance (SOV-7)',
      items: [
        {
          id: 'sov-sec-assurance',
          text: 'Does the dependency hold a recognised security assurance or certification (e.g. NESAS product evaluation, EU cybersecurity certification) for the deployed version?',
          guidance:
            'Evidence: the certificate or evaluation report, its scope, version and expiry. Assurance for another version or product class is a "no".',
          reference: 'SOV-7',
          answerType: 'yes-no',
          weight: 2,
          riskCategory: 'security',
        },
        {
          id: 'sov-sec-risk-profile',
          text: 'Has the supplier been assessed against the supplier risk profile of the EU coordinated risk assessment, with a result the operator accepts for this use?',
          guidance:
            'Evidence: the completed supplier risk profile assessment and the decision on restrictions for key assets.',
          reference: 'EU-5G-SM03',
          answerType: 'yes-no',
          weight: 2,
          riskCategory: 'sovereignty',
        },
        {
          id: 'sov-sec-vulnerabilities',
          text: 'Does the supplier commit to inform the operator of vulnerabilities without undue delay, and is it free of any obligation to report undisclosed vulnerabilities to a third-country authority first?',
          guidance:
            'Quote the vulnerability-notification clause and the supplier’s coordinated vulnerability disclosure policy; record any known legal reporting obligation abroad.',
          reference: 'SOV-7',
          answerType: 'yes-no',
          weight: 2,
          riskCategory: 'security',
        },
      ],
    },
    {
      id: 'sov-environment',
      title: 'Environmental sustainability (SOV-8)',
      items: [
        {
          id: 'sov-env-lifetime',
          text: 'Does the supplier support a long service life for the equipment (repairs, refurbishment, software support) and report its energy consumption?',
          guidance:
            'Evidence: the committed support lifetime, the repair or refurbishment offer and energy-consumption data per unit or per traffic volume.',
          reference: 'SOV-8',
          answerType: 'yes-no',
          weight: 1,
          riskCategory: 'other',
        },
      ],
    },
    {
      id: 'sov-conclusion',
      title: 'Summary',
      items: [
        {
          id: 'sov-summary',
          text: 'What are the main sovereignty concerns for this dependency, and which mitigations are in place or planned?',
          guidance:
            'Summarise the weakest objectives found above; under the framework the weakest objective limits the overall sovereignty level.',
          reference: 'DW-SOV-03',
          answerType: 'text',
          weight: 1,
        },
      ],
    },
  ],
  createdAt: '2026-11-25T00:00:00.000Z',
  updatedAt: '2026-11-25T00:00:00.000Z',
};
