import type { Checklist } from '@shared/domain';

/**
 * Licence and IP due diligence — the project's own checklist (references DW-LIC-nn) for one licence: standard-
 * essential patents and FRAND terms, royalty exposure, scope limits, protection (indemnity, escrow, change of
 * control), export control and open-source obligations.
 */
export const licenceIpChecklist: Checklist = {
  id: '5b0c1d2e-3f40-4a51-8b62-7c83d94ea505',
  name: 'Licence and IP due diligence',
  version: '2026.1',
  source: 'Project checklist (DW-LIC), November 2026',
  builtIn: true,
  subjectType: 'licence',
  sections: [
    {
      id: 'lic-sep',
      title: 'Standard-essential patents and FRAND terms',
      items: [
        {
          id: 'lic-sep-coverage',
          text: 'Does the licence state which patent families and which standards (and releases) it covers?',
          guidance:
            'Evidence: the schedule of licensed patents or families and the standards named (e.g. 3GPP releases, Wi-Fi generations). A licence to "all patents" without a list is acceptable only if the licensor’s essentiality declarations can be checked.',
          reference: 'DW-LIC-01',
          answerType: 'yes-no',
          weight: 2,
          riskCategory: 'legal-ip',
        },
        {
          id: 'lic-sep-frand',
          text: 'Are the licensed standard-essential patents subject to a FRAND commitment made to a standards body, and are the offered terms consistent with it?',
          guidance:
            'Evidence: the licensor’s IPR declarations to the standards body (e.g. ETSI) for the relevant families, and a note on how the royalty and conditions compare with public rates or comparable licences.',
          reference: 'DW-LIC-02',
          answerType: 'yes-no',
          weight: 2,
          riskCategory: 'legal-ip',
        },
        {
          id: 'lic-sep-channel',
          text: 'Is this a bilateral licence or a patent-pool licence, and which other SEP holders for the same standards remain unlicensed?',
          guidance:
            'Name the pool if any, and list the known SEP holders not covered by this licence or by the vendor’s licences; they are future claim risks.',
          reference: 'DW-LIC-03',
          answerType: 'text',
          weight: 1,
        },
        {
          id: 'lic-sep-level',
          text: 'Is it clear who holds the licence in the supply chain (component maker, equipment vendor or operator), so that the products as deployed are covered?',
          guidance:
            'Evidence: the licensee definition and licensed-product definition, and the vendor’s statement of which SEP licences it holds for the products it supplies. Gaps between component-level and end-product licences are a "no".',
          reference: 'DW-LIC-04',
          answerType: 'yes-no',
          weight: 2,
          riskCategory: 'legal-ip',
        },
      ],
    },
    {
      id: 'lic-royalty',
      title: 'Royalty exposure',
      items: [
        {
          id: 'lic-royalty-basis',
          text: 'Is the royalty basis (per unit, per subscriber, percentage of revenue or lump sum) defined and, where variable, capped?',
          guidance:
            'Quote the royalty clause and any annual or per-unit cap. An uncapped percentage of service revenue is a "no".',
          reference: 'DW-LIC-05',
          answerType: 'yes-no',
          weight: 2,
          riskCategory: 'financial',
        },
        {
          id: 'lic-royalty-estimate',
          text: 'What is the estimated total royalty over the licence term, and on what volumes is it based?',
          guidance: 'Give the amount, the currency, the volume assumptions and the date of the estimate.',
          reference: 'DW-LIC-06',
          answerType: 'text',
          weight: 1,
        },
        {
          id: 'lic-royalty-past-use',
          text: 'Does the licence release claims for use before its effective date?',
          guidance:
            'Evidence: the release clause. Without it, past deployments remain exposed to back-royalty claims.',
          reference: 'DW-LIC-07',
          answerType: 'yes-no',
          weight: 1,
          riskCategory: 'legal-ip',
        },
        {
          id: 'lic-royalty-adjustment',
          text: 'Are royalty increases during the term limited, and are the licensor’s audit rights bounded in frequency, scope and notice?',
          guidance:
            'Quote the price-adjustment and audit clauses. Unilateral increases or open-ended audits are a "no".',
          reference: 'DW-LIC-08',
          answerType: 'yes-no',
          weight: 1,
          riskCategory: 'financial',
        },
      ],
    },
    {
      id: 'lic-scope',
      title: 'Scope and field of use',
      items: [
        {
          id: 'lic-scope-field-of-use',
          text: 'Does the licensed field of use cover every intended use (network types, services, customer segments, wholesale and MVNO use)?',
          guidance:
            'Compare the field-of-use clause with the planned deployment. List any use that falls outside it; any such use is a "no".',
          reference: 'DW-LIC-09',
          answerType: 'yes-no',
          weight: 3,
          riskCategory: 'licence',
        },
        {
          id: 'lic-scope-territory',
          text: 'Does the licensed territory include every country where the licensed products or services are deployed, operated or supported?',
          guidance:
            'Include countries from which the network is operated or supported remotely, not only where equipment stands.',
          reference: 'DW-LIC-10',
          answerType: 'yes-no',
          weight: 2,
          riskCategory: 'licence',
        },
        {
          id: 'lic-scope-expiry',
          text: 'When does the licence, or its current term, expire?',
          guidance:
            'Give the expiry date, or the next renewal or notice date for an evergreen licence. The date drives renewal reminders.',
          reference: 'DW-LIC-11',
          answerType: 'date',
          weight: 1,
        },
        {
          id: 'lic-scope-affiliates',
          text: 'May the licence be used by affiliates, outsourcing partners and contractors acting for the operator?',
          guidance:
            'Quote the sub-licensing or "have made / have operated" rights. A licence limited to the signing entity while others operate the network is a "no".',
          reference: 'DW-LIC-12',
          answerType: 'yes-no',
          weight: 1,
          riskCategory: 'licence',
        },
      ],
    },
    {
      id: 'lic-protection',
      title: 'Indemnity, escrow and change of control',
      items: [
        {
          id: 'lic-indemnity',
          text: 'Does the vendor or licensor indemnify the operator against third-party IP infringement claims, with a cap proportionate to the exposure?',
          guidance:
            'Quote the indemnity clause, its cap and exclusions, and the defence and conduct-of-claims procedure.',
          reference: 'DW-LIC-13',
          answerType: 'yes-no',
          weight: 3,
          riskCategory: 'legal-ip',
        },
        {
          id: 'lic-indemnity-standards',
          text: 'Does the indemnity also cover claims based on implementing standards (SEP claims), rather than excluding them?',
          guidance:
            'Many supply contracts exclude infringement that results from compliance with a standard; check the exclusions list.',
          reference: 'DW-LIC-14',
          answerType: 'yes-no',
          weight: 2,
          riskCategory: 'legal-ip',
        },
        {
          id: 'lic-escrow',
          text: 'Is the source code (with build instructions) held in escrow, with release triggers that include insolvency, end of support and breach of support obligations?',
          guidance:
            'Evidence: the escrow agreement, the agent’s name, the list of release triggers and the deposit schedule.',
          reference: 'DW-LIC-15',
          answerType: 'yes-no',
          weight: 2,
          riskCategory: 'supply',
        },
        {
          id: 'lic-escrow-verified',
          text: 'When was the escrow deposit last verified as complete and buildable?',
          guidance:
            'Give the date of the escrow agent’s verification report; leave empty if it was never verified.',
          reference: 'DW-LIC-16',
          answerType: 'date',
          weight: 1,
        },
        {
          id: 'lic-change-of-control-licensor',
          text: 'If the licensor or vendor changes control, does the licence continue on the same terms, or may the operator terminate with a transition period?',
          guidance:
            'Quote the change-of-control clause. An acquisition by a party the operator cannot work with (e.g. for sovereignty or sanctions reasons) must not leave the operator without rights.',
          reference: 'DW-LIC-17',
          answerType: 'yes-no',
          weight: 2,
          riskCategory: 'sovereignty',
        },
        {
          id: 'lic-change-of-control-licensee',
          text: 'Does the licence survive a merger, reorganisation or sale of the operator, or can it be assigned without the licensor’s unreasonable refusal?',
          guidance: 'Quote the assignment and change-of-control clauses on the licensee side.',
          reference: 'DW-LIC-18',
          answerType: 'yes-no',
          weight: 1,
          riskCategory: 'licence',
        },
        {
          id: 'lic-patent-transfer',
          text: 'Does the licence bind any later owner of the licensed patents, so that a sale of the patents cannot revoke or reprice it?',
          guidance:
            'Look for a clause making the licence run with the patents (binding successors and assignees), including on the licensor’s insolvency.',
          reference: 'DW-LIC-19',
          answerType: 'yes-no',
          weight: 2,
          riskCategory: 'legal-ip',
        },
      ],
    },
    {
      id: 'lic-export',
      title: 'Export control and sanctions',
      items: [
        {
          id: 'lic-export-classification',
          text: 'Is the export-control classification of the licensed technology known under every regime that applies to it?',
          guidance:
            'Evidence: the vendor’s classification statement (e.g. EU dual-use category, US ECCN) for the products, software and technical data, including encryption functions.',
          reference: 'DW-LIC-20',
          answerType: 'yes-no',
          weight: 2,
          riskCategory: 'sanctions-export',
        },
        {
          id: 'lic-export-screening',
          text: 'Have the licensor, the vendor and their owners been screened against the sanctions and export-control lists in use, with no match?',
          guidance:
            'Record the lists checked, the date and the result; a possible match that has not been cleared is a "no".',
          reference: 'DW-LIC-21',
          answerType: 'yes-no',
          weight: 3,
          riskCategory: 'sanctions-export',
        },
        {
          id: 'lic-export-continuity',
          text: 'Is the operator protected if a change in export-control or sanctions law stops the licensor from delivering updates, keys or support?',
          guidance:
            'Look for continuity commitments, escrow release on such an event, a right to terminate with refund, and the licensor’s duty to warn early.',
          reference: 'DW-LIC-22',
          answerType: 'yes-no',
          weight: 2,
          riskCategory: 'sanctions-export',
        },
      ],
    },
    {
      id: 'lic-oss',
      title: 'Open-source obligations',
      items: [
        {
          id: 'lic-oss-sbom',
          text: 'Has the vendor delivered a software bill of materials listing the open-source components and their licences for the licensed software?',
          guidance:
            'Evidence: an SBOM in SPDX or CycloneDX for the delivered release, with licence identifiers; check that it matches the deployed version.',
          reference: 'DW-LIC-23',
          answerType: 'yes-no',
          weight: 2,
          riskCategory: 'licence',
        },
        {
          id: 'lic-oss-copyleft',
          text: 'Are the obligations of copyleft components (source offer, notices, licence texts) identified and met for the way the software is distributed or used?',
          guidance:
            'Evidence: the list of copyleft components, the vendor’s written source offer or source package, and the attribution notices shipped with the product.',
          reference: 'DW-LIC-24',
          answerType: 'yes-no',
          weight: 2,
          riskCategory: 'licence',
        },
        {
          id: 'lic-oss-process',
          text: 'How mature is the vendor’s open-source licence compliance programme?',
          guidance:
            '0: none. 1: ad hoc checks. 2: documented policy and component inventory. 3: automated licence scanning in the build with reviewed exceptions. 4: programme conformant with an external standard (e.g. OpenChain, ISO/IEC 5230) and audited.',
          reference: 'DW-LIC-25',
          answerType: 'maturity',
          weight: 1,
          riskCategory: 'licence',
        },
        {
          id: 'lic-oss-warranty',
          text: 'Does the vendor warrant its compliance with open-source licences and cover the operator against claims arising from them?',
          guidance: 'Quote the warranty and indemnity clauses that mention open-source software.',
          reference: 'DW-LIC-26',
          answerType: 'yes-no',
          weight: 1,
          riskCategory: 'legal-ip',
        },
        {
          id: 'lic-review-date',
          text: 'When was this licence last reviewed by legal or IP counsel?',
          guidance: 'Give the date of the last review memo or sign-off.',
          reference: 'DW-LIC-27',
          answerType: 'date',
          weight: 1,
        },
      ],
    },
  ],
  createdAt: '2026-11-25T00:00:00.000Z',
  updatedAt: '2026-11-25T00:00:00.000Z',
};
