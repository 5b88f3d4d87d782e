import type { Checklist } from '@shared/domain';

/**
 * NIS2 supply-chain security asked of one vendor: the Directive's Art. 21(2)(d), 21(2)(e) and 21(3), then the
 * supply-chain items of Implementing Regulation (EU) 2024/2690. That regulation binds digital-infrastructure
 * and digital-provider entities, not telecom operators, so its items are offered as good practice; their
 * references give the Annex point (e.g. 'IR 2024/2690 Annex 5.1.4(d)').
 */
export const nis2SupplyChainChecklist: Checklist = {
  id: '5b0c1d2e-3f40-4a51-8b62-7c83d94ea503',
  name: 'NIS2 supply-chain security',
  version: '2026.2',
  source:
    'Directive (EU) 2022/2555 (NIS2), Art. 21(2)(d), 21(2)(e) and 21(3); Commission Implementing Regulation (EU) 2024/2690, Annex points 5.1 and 5.2, as good practice',
  builtIn: true,
  subjectType: 'vendor',
  sections: [
    {
      id: 'nis2-directive',
      title: 'NIS2 Article 21 — supply-chain security',
      items: [
        {
          id: 'nis2-21-2d-covered',
          text: "Is this vendor covered by the operator's supply-chain security measures, with the security aspects of the relationship (access, data, support, products) identified?",
          guidance:
            'Evidence: the vendor appears in the supply-chain risk register or supplier directory, with the security-relevant aspects of the relationship described.',
          reference: 'NIS2 Art.21(2)(d)',
          answerType: 'yes-no',
          weight: 2,
          riskCategory: 'security',
        },
        {
          id: 'nis2-21-2d-risk-assessed',
          text: 'Has the risk this vendor brings to the security of the network and information systems been assessed, with the measures taken recorded?',
          guidance:
            'Evidence: a dated risk assessment of the vendor and the resulting risks and treatments. "Partial" if assessed but older than the review interval.',
          reference: 'NIS2 Art.21(2)(d)',
          answerType: 'yes-no',
          weight: 2,
          riskCategory: 'security',
        },
        {
          id: 'nis2-21-2e-acquisition',
          text: "Were security requirements applied when acquiring the vendor's products or services, and checked at acceptance?",
          guidance:
            'Evidence: the security requirements in the specification or tender, and the acceptance test results.',
          reference: 'NIS2 Art.21(2)(e)',
          answerType: 'yes-no',
          weight: 1,
          riskCategory: 'security',
        },
        {
          id: 'nis2-21-2e-maintenance',
          text: "Is the maintenance of the vendor's products planned so that they remain supported with security updates for as long as they are in use?",
          guidance:
            'Evidence: end-of-support dates per product compared with the planned time in service, and a replacement plan where support ends first.',
          reference: 'NIS2 Art.21(2)(e)',
          answerType: 'yes-no',
          weight: 1,
          riskCategory: 'supply',
        },
        {
          id: 'nis2-21-2e-vulnerabilities',
          text: 'Does the vendor handle and disclose vulnerabilities in what it supplies, and does the operator receive and act on its advisories?',
          guidance:
            "Evidence: the vendor's vulnerability disclosure policy, its advisory channel, and the operator's records of advisories assessed and fixes applied.",
          reference: 'NIS2 Art.21(2)(e)',
          answerType: 'yes-no',
          weight: 1,
          riskCategory: 'security',
        },
        {
          id: 'nis2-21-3-vendor-vulnerabilities',
          text: 'Have the vulnerabilities specific to this vendor been identified (weaknesses of its products, dependence on it, exposure to its home jurisdiction)?',
          guidance:
            'Evidence: the vendor-specific part of the risk assessment. A generic assessment applied to all suppliers alike is "partial".',
          reference: 'NIS2 Art.21(3)',
          answerType: 'yes-no',
          weight: 1,
          riskCategory: 'security',
        },
        {
          id: 'nis2-21-3-quality',
          text: "How well established is the overall quality of the vendor's products and cybersecurity practices, including secure development?",
          guidance:
            '0 = unknown · 1 = vendor statements only · 2 = documented practices reviewed by the operator · 3 = independent audit or evaluation of processes or products (e.g. NESAS, ISO/IEC 27001 with a relevant scope) · 4 = as 3, with a good record on vulnerabilities and patches over the last years and findings followed up.',
          reference: 'NIS2 Art.21(3)',
          answerType: 'maturity',
          weight: 1,
          riskCategory: 'security',
        },
        {
          id: 'nis2-21-3-coordinated-assessments',
          text: 'Have the results of any Union-level coordinated security risk assessment of critical supply chains carried out under Art. 22(1) that covers what this vendor supplies been taken into account?',
          guidance:
            'Art. 22(1) assessments are those the NIS Cooperation Group carries out under NIS2. The 2019 EU coordinated risk assessment of 5G networks and the 2020 5G Toolbox predate NIS2 and were not made under Art. 22(1); they remain useful evidence for network equipment (a supplier risk profile of the vendor and the decisions drawn from it) and should be named as what they are. Answer n.a. if no Art. 22(1) assessment covers what the vendor supplies.',
          reference: 'NIS2 Art.21(3)',
          answerType: 'yes-no',
          weight: 1,
          riskCategory: 'sovereignty',
        },
      ],
    },
    {
      id: 'nis2-policy',
      title: 'Supply-chain policy and supplier directory (IR 2024/2690, good practice)',
      items: [
        {
          id: 'nis2-ir-policy',
          text: 'Is the relationship with this vendor governed by a written supply-chain security policy, and has the operator told the vendor what role it plays in the supply chain?',
          guidance:
            "Evidence: the approved policy and a communication to the vendor (contract annex, letter or onboarding pack) stating the operator's role and expectations.",
          reference: 'IR 2024/2690 Annex 5.1.1',
          answerType: 'yes-no',
          weight: 1,
          riskCategory: 'security',
        },
        {
          id: 'nis2-ir-policy-coordinated',
          text: "Does the supply chain security policy show that the results of Art. 22(1) coordinated risk assessments were taken into account where one covers this vendor's products or services?",
          guidance:
            'Evidence: the policy section or decision record naming the coordinated assessment used and what follows from it for this vendor. Answer n.a. if none applies; the 2019 5G assessment is not an Art. 22(1) assessment (see the Art. 21(3) item).',
          reference: 'IR 2024/2690 Annex 5.1.3',
          answerType: 'yes-no',
          weight: 1,
          riskCategory: 'sovereignty',
        },
        {
          id: 'nis2-ir-directory',
          text: 'Is the vendor recorded in the supplier directory with a security contact point and the list of ICT products, services and processes it provides?',
          guidance: 'Evidence: the directory entry, with the date it was last confirmed.',
          reference: 'IR 2024/2690 Annex 5.2',
          answerType: 'yes-no',
          weight: 1,
          riskCategory: 'security',
        },
      ],
    },
    {
      id: 'nis2-selection',
      title: 'Selection criteria (IR 2024/2690, good practice)',
      items: [
        {
          id: 'nis2-ir-select-practices',
          text: "Were the vendor's cybersecurity practices, including its secure development procedures, assessed before it was selected or at its last renewal?",
          guidance:
            "Evidence: the selection file or due-diligence questionnaire, with the answers and the assessor's conclusion.",
          reference: 'IR 2024/2690 Annex 5.1.2(a)',
          answerType: 'yes-no',
          weight: 1,
          riskCategory: 'security',
        },
        {
          id: 'nis2-ir-select-specifications',
          text: "Was the vendor's ability to meet the operator's cybersecurity specifications checked?",
          guidance:
            'Evidence: a compliance matrix against the specifications, with deviations and their acceptance.',
          reference: 'IR 2024/2690 Annex 5.1.2(b)',
          answerType: 'yes-no',
          weight: 1,
          riskCategory: 'security',
        },
        {
          id: 'nis2-ir-select-quality',
          text: 'Were the quality and resilience of the products or services, and the security measures built into them, assessed with regard to their risk and classification?',
          guidance:
            'Evidence: product evaluation results, resilience features reviewed (redundancy, failover), and the criticality assigned to each product.',
          reference: 'IR 2024/2690 Annex 5.1.2(c)',
          answerType: 'yes-no',
          weight: 1,
          riskCategory: 'security',
        },
        {
          id: 'nis2-ir-select-diversify',
          text: 'Was the possibility to diversify sources of supply and limit lock-in to this vendor considered?',
          guidance:
            'Evidence: alternatives considered, interoperability and open-interface requirements, exit provisions. Answer n.a. only if no alternative exists on the market, and record that.',
          reference: 'IR 2024/2690 Annex 5.1.2(d)',
          answerType: 'yes-no',
          weight: 1,
          riskCategory: 'concentration',
        },
        {
          id: 'nis2-ir-select-applied',
          text: 'Were these criteria applied in the selection and procurement process that led to the current contract?',
          guidance:
            'Evidence: the evaluation grid of the tender or the procurement decision showing the criteria and how the vendor scored.',
          reference: 'IR 2024/2690 Annex 5.1.5',
          answerType: 'yes-no',
          weight: 1,
          riskCategory: 'security',
        },
      ],
    },
    {
      id: 'nis2-contract',
      title: 'Contract clauses (IR 2024/2690, good practice)',
      items: [
        {
          id: 'nis2-ir-acquire-components',
          text: 'When buying ICT products or services from this vendor, is it required to describe the hardware and software components used (for example a software bill of materials)?',
          guidance:
            'Evidence: the procurement or contract clause, and a component list received (an SBOM in CycloneDX or SPDX, or an equivalent hardware and software inventory) for the products in use. "Partial" if lists exist for some products only.',
          reference: 'IR 2024/2690 Annex 6.1.2(c)',
          answerType: 'yes-no',
          weight: 1,
          riskCategory: 'security',
        },
        {
          id: 'nis2-ir-acquire-secure-configuration',
          text: 'Is the vendor required to describe the cybersecurity functions of its products or services and the configuration needed to operate them securely?',
          guidance:
            'Evidence: hardening or secure-configuration guides, security feature descriptions delivered with the product, and the clause requiring them. Answer n.a. if the vendor supplies no ICT product or service.',
          reference: 'IR 2024/2690 Annex 6.1.2(d)',
          answerType: 'yes-no',
          weight: 1,
          riskCategory: 'security',
        },
        {
          id: 'nis2-ir-contract-requirements',
          text: 'Does the contract set cybersecurity requirements for the vendor, including for the products or services it delivers?',
          guidance:
            'Evidence: the clause or annex listing the requirements. A generic confidentiality clause alone is "no".',
          reference: 'IR 2024/2690 Annex 5.1.4(a)',
          answerType: 'yes-no',
          weight: 2,
          riskCategory: 'security',
        },
        {
          id: 'nis2-ir-contract-skills',
          text: "Does the contract require awareness, skills, training and, where relevant, certifications of the vendor's staff working for the operator?",
          guidance:
            'Evidence: the clause, and records the vendor provides (training completion, certifications).',
          reference: 'IR 2024/2690 Annex 5.1.4(b)',
          answerType: 'yes-no',
          weight: 1,
          riskCategory: 'security',
        },
        {
          id: 'nis2-ir-contract-background',
          text: "Does the contract require background checks of the vendor's staff who have access to the operator's systems or sites?",
          guidance:
            "Evidence: the clause, the level of screening required by role, and the vendor's confirmation that it is carried out.",
          reference: 'IR 2024/2690 Annex 5.1.4(c)',
          answerType: 'yes-no',
          weight: 1,
          riskCategory: 'security',
        },
        {
          id: 'nis2-ir-contract-incidents',
          text: "Must the vendor notify the operator without undue delay of incidents that put the operator's systems at risk?",
          guidance:
            'Evidence: the notification clause, with the deadline, the contact points and the information to be given.',
          reference: 'IR 2024/2690 Annex 5.1.4(d)',
          answerType: 'yes-no',
          weight: 2,
          riskCategory: 'security',
        },
        {
          id: 'nis2-ir-contract-audit',
          text: 'Does the contract give the operator a right to audit the vendor or to receive audit reports?',
          guidance: 'Evidence: the audit clause, with its scope and frequency.',
          reference: 'IR 2024/2690 Annex 5.1.4(e)',
          answerType: 'yes-no',
          weight: 1,
          riskCategory: 'security',
        },
        {
          id: 'nis2-ir-contract-vulnerabilities',
          text: "Must the vendor handle vulnerabilities that put the operator's systems at risk?",
          guidance:
            'Evidence: the clause on vulnerability handling, ideally with remediation deadlines by severity.',
          reference: 'IR 2024/2690 Annex 5.1.4(f)',
          answerType: 'yes-no',
          weight: 1,
          riskCategory: 'security',
        },
        {
          id: 'nis2-ir-contract-subcontracting',
          text: 'Does the contract regulate subcontracting and, where it is allowed, pass the same cybersecurity requirements on to subcontractors?',
          guidance:
            'Evidence: the subcontracting clause (approval or notice required, flow-down of requirements) and the list of approved subcontractors.',
          reference: 'IR 2024/2690 Annex 5.1.4(g)',
          answerType: 'yes-no',
          weight: 1,
          riskCategory: 'supply',
        },
        {
          id: 'nis2-ir-contract-termination',
          text: "Does the contract set the vendor's obligations when it ends, such as returning or destroying the operator's information?",
          guidance:
            'Evidence: the exit or termination clause, including return of data, secure deletion with confirmation, and revocation of access.',
          reference: 'IR 2024/2690 Annex 5.1.4(h)',
          answerType: 'yes-no',
          weight: 1,
          riskCategory: 'security',
        },
      ],
    },
    {
      id: 'nis2-monitoring',
      title: 'Monitoring and review (IR 2024/2690, good practice)',
      items: [
        {
          id: 'nis2-ir-monitor-review',
          text: "Are the vendor's cybersecurity practices reviewed at planned intervals and after significant changes or incidents, with action taken where needed?",
          guidance: 'Evidence: the review schedule, the last review report and the actions that followed.',
          reference: 'IR 2024/2690 Annex 5.1.6',
          answerType: 'yes-no',
          weight: 1,
          riskCategory: 'security',
        },
        {
          id: 'nis2-ir-monitor-last-review',
          text: "Date of the last review of the vendor's cybersecurity practices",
          guidance: 'The date of the most recent scheduled or unscheduled review.',
          reference: 'IR 2024/2690 Annex 5.1.6',
          answerType: 'date',
          weight: 1,
        },
        {
          id: 'nis2-ir-monitor-sla',
          text: 'Are the reports on the service levels agreed with the vendor monitored regularly?',
          guidance:
            'Evidence: recent service-level reports and the minutes of the meetings where they were discussed. Answer n.a. if no service levels are agreed.',
          reference: 'IR 2024/2690 Annex 5.1.7(a)',
          answerType: 'yes-no',
          weight: 1,
          riskCategory: 'supply',
        },
        {
          id: 'nis2-ir-monitor-incidents',
          text: "Are incidents involving the vendor's products or services reviewed?",
          guidance: 'Evidence: the incident records linked to the vendor and the post-incident reviews.',
          reference: 'IR 2024/2690 Annex 5.1.7(b)',
          answerType: 'yes-no',
          weight: 1,
          riskCategory: 'security',
        },
        {
          id: 'nis2-ir-monitor-unscheduled',
          text: 'Is the need for an unscheduled review of the vendor assessed when something changes, and is the finding documented?',
          guidance:
            'Evidence: records of the triggers considered (ownership change, major incident, sanctions, new product) and the decision taken.',
          reference: 'IR 2024/2690 Annex 5.1.7(c)',
          answerType: 'yes-no',
          weight: 1,
          riskCategory: 'security',
        },
        {
          id: 'nis2-ir-monitor-changes',
          text: "Are the risks of changes to the vendor's products or services analysed, and mitigated in good time?",
          guidance:
            'Evidence: change notices from the vendor (new versions, end of support, new subcontractors), the risk analysis made and the mitigations applied.',
          reference: 'IR 2024/2690 Annex 5.1.7(d)',
          answerType: 'yes-no',
          weight: 1,
          riskCategory: 'security',
        },
      ],
    },
  ],
  createdAt: '2026-11-25T00:00:00.000Z',
  updatedAt: '2026-11-25T00:00:00.000Z',
};
