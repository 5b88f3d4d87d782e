import type { Checklist } from '@shared/domain';

/**
 * UK Telecoms Security — suppliers. Questions about one vendor, written in our own words, based on regulation 7
 * ("Supply chain") of the Electronic Communications (Security Measures) Regulations 2022, with regulations
 * 3(3)(e) (security in the procurement, configuration, management and testing of equipment) and 8 (prevention
 * of unauthorised access or interference) where a vendor is concerned, the third-party supplier measures (M10)
 * of the Telecommunications Security Code of Practice, and designated vendor directions (Communications Act 2003
 * s.105Z1, inserted by the Telecommunications (Security) Act 2021), the UK counterpart of EU 5G Toolbox SM03.
 * Measure numbers follow the December 2022 code; a revised draft was laid in June 2026 and may renumber them.
 */
export const ukTelecomsSecurityChecklist: Checklist = {
  id: '5b0c1d2e-3f40-4a51-8b62-7c83d94ea504',
  name: 'UK Telecoms Security — suppliers',
  version: '2026.2',
  source:
    'Electronic Communications (Security Measures) Regulations 2022 (SI 2022/933), regulation 7 "Supply chain", ' +
    'with regulations 3(3)(e) and 8 where they concern a vendor; Communications Act 2003 s.105Z1 (designated vendor ' +
    'directions, inserted by the Telecommunications (Security) Act 2021); Telecommunications Security Code of ' +
    'Practice (December 2022), third-party supplier measures M10 — numbering as in the December 2022 code (a revised ' +
    'draft was laid in June 2026)',
  builtIn: true,
  subjectType: 'vendor',
  sections: [
    {
      id: 'uktsa-scope',
      title: 'Scope and supplier records',
      items: [
        {
          id: 'uktsa-reg7-2-scope',
          text: 'Does this vendor supply goods, services or facilities used to provide the public network or service, so that it is a third-party supplier within the meaning of regulation 7?',
          guidance:
            'Describe what the vendor supplies and where it is used (equipment, software, managed service, support, hosting, facilities). If the vendor is out of scope, answer "no" with a short justification and mark the rest of the checklist not applicable.',
          reference: 'UK-ECSMR reg.7(2)',
          answerType: 'yes-no',
          weight: 1,
        },
        {
          id: 'uktsa-tier',
          text: 'Which tier of the code of practice applies to the provider that uses this vendor, and does the contract count as new for the implementation timeframes?',
          guidance:
            'State the tier (Tier 1: relevant turnover of £1bn or more; Tier 2: £50m or more; otherwise Tier 3) and whether the contract was signed, or its scope or scale changed, after the date from which the supplier measures apply to new contracts.',
          reference: 'UK-TSCoP tiering; §6.39',
          answerType: 'text',
          weight: 1,
        },
        {
          id: 'uktsa-m10-01',
          text: 'Does the provider keep an up-to-date record of this vendor, the vendor’s own third parties involved in the supply, and the major components it provides?',
          guidance:
            'Evidence: an extract of the supplier register showing the vendor’s entry, its relevant sub-suppliers and the major hardware and software components (with versions or product families), with the date it was last reviewed.',
          reference: 'UK-TSCoP M10.01',
          answerType: 'yes-no',
          weight: 2,
          riskCategory: 'supply',
        },
        {
          id: 'uktsa-reg7-3b-subcontracting',
          text: 'Does the provider know which parts of the supply the vendor sub-contracts, and can it object to or be told of new sub-contractors?',
          guidance:
            'Evidence: the vendor’s list of sub-contractors for this supply and the contract clause on sub-contracting (prior notice, right to object, flow-down of security obligations).',
          reference: 'UK-ECSMR reg.7(3)(b)',
          answerType: 'yes-no',
          weight: 2,
          riskCategory: 'security',
        },
      ],
    },
    {
      id: 'uktsa-risk',
      title: 'Identifying and reducing supplier risk',
      items: [
        {
          id: 'uktsa-reg7-1-assessment',
          text: 'How mature is the identification and reduction of the security risks that this vendor’s acts or omissions could cause to the network or service?',
          guidance:
            '0: no assessment. 1: informal view. 2: documented risk assessment of the vendor. 3: documented assessment with treatment actions tracked to closure. 4: assessment reviewed on a schedule and on any change of the vendor’s scope, ownership or sub-contracting.',
          reference: 'UK-ECSMR reg.7(1)',
          answerType: 'maturity',
          weight: 3,
          riskCategory: 'security',
        },
        {
          id: 'uktsa-reg7-1-date',
          text: 'When was the security risk assessment of this vendor last completed or reviewed?',
          guidance: 'Give the date of the signed or approved assessment, not of a draft.',
          reference: 'UK-ECSMR reg.7(1)',
          answerType: 'date',
          weight: 1,
        },
        {
          id: 'uktsa-reg7-3a-formation',
          text: 'Were security risks assessed before the contract with this vendor was formed, and did the result shape the contract?',
          guidance:
            'Evidence: the pre-contract due-diligence record (security questionnaire, assurance reports, risk assessment) and a trace from its findings to contract clauses or conditions.',
          reference: 'UK-ECSMR reg.7(3)(a)',
          answerType: 'yes-no',
          weight: 1,
          riskCategory: 'security',
        },
        {
          id: 'uktsa-reg7-3a-existence',
          text: 'Are security risks from this vendor monitored while the contract runs, for example through periodic reviews, assurance reports or audits?',
          guidance:
            'Evidence: minutes of service or security reviews, received assurance reports or audit results from the last twelve months, and follow-up of any findings.',
          reference: 'UK-ECSMR reg.7(3)(a)',
          answerType: 'yes-no',
          weight: 2,
          riskCategory: 'security',
        },
        {
          id: 'uktsa-reg7-3a-termination',
          text: 'Is there a plan that keeps the network secure when the contract with this vendor ends, covering revocation of access, return or deletion of data and handover?',
          guidance:
            'Evidence: the exit or termination clause and an exit plan naming accounts and credentials to revoke, data to return or destroy (with confirmation), and how service continues during the transition.',
          reference: 'UK-ECSMR reg.7(3)(a)',
          answerType: 'yes-no',
          weight: 2,
          riskCategory: 'supply',
        },
        {
          id: 'uktsa-reg3-3e-procurement',
          text: 'Was the security of the equipment bought from this vendor considered in its procurement, and is it configured, managed and tested securely?',
          guidance:
            'Evidence: the security requirements of the tender or order, the secure configuration applied (hardening guide, changed default settings), who manages the equipment, and the security tests run before it entered service and after major changes. Answer n.a. if the vendor supplies no equipment.',
          reference: 'UK-ECSMR reg.3(3)(e)',
          answerType: 'yes-no',
          weight: 2,
          riskCategory: 'security',
        },
        {
          id: 'uktsa-reg8-access',
          text: 'Is the vendor’s access to the network, for support, maintenance or management, limited to what it needs, authorised for each use, strongly authenticated and logged?',
          guidance:
            'Evidence: the list of vendor accounts and access paths (remote support tools, jump hosts, site visits), how each access is approved, the authentication used and a sample of the logs reviewed. Standing access or shared accounts are a "no".',
          reference: 'UK-ECSMR reg.8',
          answerType: 'yes-no',
          weight: 2,
          riskCategory: 'security',
        },
      ],
    },
    {
      id: 'uktsa-designated',
      title: 'Designated vendor directions',
      items: [
        {
          id: 'uktsa-dvd',
          text: 'Is this vendor, or a company of its group, named in a designation notice, and if so does the provider’s use of its goods, services and facilities meet every requirement of the designated vendor directions given to the provider?',
          guidance:
            'The Secretary of State may designate a vendor in the interests of national security (designation notice) and direct public communications providers on their use of its goods, services and facilities, for example by removal deadlines or limits on where they are used (designated vendor direction). Evidence: the notices and directions checked and the date; for a designated vendor, each requirement with its deadline and status, and the plan and reports sent to the government. Answer n.a. if the vendor is not designated.',
          reference: 'UK-CA2003 s.105Z1',
          answerType: 'yes-no',
          weight: 3,
          riskCategory: 'sovereignty',
        },
      ],
    },
    {
      id: 'uktsa-contract',
      title: 'Security in the contract',
      items: [
        {
          id: 'uktsa-m10-02',
          text: 'Are the provider’s security needs for this vendor clearly written into the contract and agreed by the vendor?',
          guidance:
            'Evidence: the security schedule or clauses of the signed contract (or the amendment that added them), covering the measures the vendor must apply to what it supplies.',
          reference: 'UK-TSCoP M10.02',
          answerType: 'yes-no',
          weight: 3,
          riskCategory: 'security',
        },
        {
          id: 'uktsa-reg7-4a-i-identify',
          text: 'Does the contract require the vendor to take appropriate measures to identify the security risks that the provider’s use of what it supplies brings to the network or service?',
          guidance:
            'Quote the clause: a duty on the vendor to assess the risks of the goods, services or facilities it supplies, including those coming from its own suppliers, and to keep that assessment current.',
          reference: 'UK-ECSMR reg.7(4)(a)(i)',
          answerType: 'yes-no',
          weight: 2,
          riskCategory: 'security',
        },
        {
          id: 'uktsa-reg7-4a-ii-disclose',
          text: 'Does the contract require the vendor to disclose those risks to the provider?',
          guidance:
            'Quote the clause: the vendor tells the provider, without being asked, of the risks it identifies (new vulnerabilities, changes of sub-suppliers or of where the work is done), through a named contact point.',
          reference: 'UK-ECSMR reg.7(4)(a)(ii)',
          answerType: 'yes-no',
          weight: 2,
          riskCategory: 'security',
        },
        {
          id: 'uktsa-reg7-4a-iii-reduce',
          text: 'Does the contract require the vendor to take appropriate measures to reduce those risks?',
          guidance:
            'Quote the clause: remediation duties with time limits (for example fixing vulnerabilities in what it supplies) and the provider’s right to check that they are met.',
          reference: 'UK-ECSMR reg.7(4)(a)(iii)',
          answerType: 'yes-no',
          weight: 2,
          riskCategory: 'security',
        },
        {
          id: 'uktsa-reg7-4a-iv-cooperate',
          text: 'Does the contract require the vendor to co-operate with the provider when a security compromise occurs, giving the information and assistance the provider needs?',
          guidance:
            'Quote the clause: what the vendor must provide (logs, analysis, fixes, staff), how fast, and through which contact point. The incident notice itself is asked under M10.11.',
          reference: 'UK-ECSMR reg.7(4)(a)(iv)',
          answerType: 'yes-no',
          weight: 1,
          riskCategory: 'security',
        },
        {
          id: 'uktsa-m10-03',
          text: 'Is there a documented shared-responsibility model that says which security tasks the provider performs and which the vendor performs?',
          guidance:
            'Evidence: a responsibility matrix (e.g. RACI) for patching, configuration, monitoring, access management, incident handling and backups across the supplied products or services.',
          reference: 'UK-TSCoP M10.03',
          answerType: 'yes-no',
          weight: 2,
          riskCategory: 'security',
        },
        {
          id: 'uktsa-m10-11',
          text: 'Does the contract oblige the vendor to notify the provider within 48 hours of becoming aware of a security incident that may have caused or contributed to a security compromise of the provider?',
          guidance:
            'Quote the notification clause: the time limit, the trigger (awareness of the incident), the contact point and the content of the notice. A longer or undefined time limit is a "no".',
          reference: 'UK-TSCoP M10.11',
          answerType: 'yes-no',
          weight: 3,
          riskCategory: 'security',
        },
        {
          id: 'uktsa-reg7-3b-flowdown',
          text: 'Must the vendor pass equivalent security obligations on to the sub-contractors it uses for this supply?',
          guidance:
            'Evidence: a flow-down clause in the contract and, where available, the vendor’s confirmation that its relevant sub-contracts contain it.',
          reference: 'UK-ECSMR reg.7(3)(b)',
          answerType: 'yes-no',
          weight: 1,
          riskCategory: 'security',
        },
      ],
    },
    {
      id: 'uktsa-incidents',
      title: 'Incident cooperation',
      items: [
        {
          id: 'uktsa-m10-04',
          text: 'How well do the provider’s and the vendor’s incident management processes support each other in resolving incidents?',
          guidance:
            '0: no arrangement. 1: named contacts only. 2: documented joint process with contacts and escalation paths. 3: process used in real incidents or exercises, with lessons recorded. 4: regular joint exercises and measured response times.',
          reference: 'UK-TSCoP M10.04',
          answerType: 'maturity',
          weight: 2,
          riskCategory: 'security',
        },
        {
          id: 'uktsa-m10-04-exercise',
          text: 'When was incident cooperation with this vendor last exercised or used in a real incident?',
          guidance: 'Give the date of the exercise or incident and keep its report as evidence.',
          reference: 'UK-TSCoP M10.04',
          answerType: 'date',
          weight: 1,
        },
      ],
    },
    {
      id: 'uktsa-data',
      title: 'Network and user data shared with the vendor',
      items: [
        {
          id: 'uktsa-m10-08',
          text: 'Is control of network or user data passed to this vendor only where necessary, for a defined purpose and through a defined process?',
          guidance:
            'Evidence: the list of data the vendor receives or can reach (logs, configuration, traces, subscriber data), the purpose of each flow and the approved transfer procedure. Flows without a stated purpose are a "no".',
          reference: 'UK-TSCoP M10.08',
          answerType: 'yes-no',
          weight: 2,
          riskCategory: 'security',
        },
        {
          id: 'uktsa-m10-09',
          text: 'Where network or user data leaves the provider’s control, does the contract require the vendor to protect it, and has the provider checked that only appropriate staff, from appropriate locations, can see or access it?',
          guidance:
            'Evidence: the data-protection clauses and the result of the provider’s check of the vendor’s access controls (access lists, locations of support staff, audit or assurance report).',
          reference: 'UK-TSCoP M10.09',
          answerType: 'yes-no',
          weight: 2,
          riskCategory: 'security',
        },
        {
          id: 'uktsa-m10-09-locations',
          text: 'From which countries and sites can the vendor’s staff or sub-contractors access the provider’s network or user data?',
          guidance:
            'List the countries and sites, including follow-the-sun support centres and sub-contractors. This answer feeds the sovereignty view of the vendor.',
          reference: 'UK-TSCoP M10.09',
          answerType: 'text',
          weight: 1,
        },
        {
          id: 'uktsa-m10-10',
          text: 'Are network and user data exchanged with this vendor only over encrypted and authenticated channels?',
          guidance:
            'Evidence: a description of every exchange channel (file transfer, remote support, ticket attachments, e-mail) with its encryption and authentication; any plain-text or shared-password channel is a "no".',
          reference: 'UK-TSCoP M10.10',
          answerType: 'yes-no',
          weight: 2,
          riskCategory: 'security',
        },
      ],
    },
  ],
  createdAt: '2026-11-25T00:00:00.000Z',
  updatedAt: '2026-11-25T00:00:00.000Z',
};
