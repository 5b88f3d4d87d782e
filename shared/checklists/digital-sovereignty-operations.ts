import type { ChecklistSection } from '@shared/domain';

/** Digital sovereignty: operational, supply-chain and technology objectives, adapted to network suppliers. */
export const sovereigntyOperationsSections: readonly ChecklistSection[] = [
  {
    id: 'sov-operational',
    title: 'Operational control: updates and remote access (SOV-4)',
    items: [
      {
        id: 'sov-ops-remote-access',
        text: 'Is every remote access by the supplier granted by the operator for a specific task, through an operator-controlled path, and logged?',
        guidance:
          'Evidence: the remote-access procedure, the jump host or privileged-access tool used, and a sample of access logs. Standing or unlogged access is a "no".',
        reference: 'SOV-4',
        answerType: 'yes-no',
        weight: 3,
        riskCategory: 'security',
      },
      {
        id: 'sov-ops-support-location',
        text: 'Is support that needs access to the network delivered from locations and by staff the operator has accepted?',
        guidance:
          'Evidence: the list of support centres that can reach the network and the screening applied to their staff; relates to the control of suppliers’ third-line support in the EU 5G Toolbox (SM04).',
        reference: 'SOV-4',
        answerType: 'yes-no',
        weight: 2,
        riskCategory: 'sovereignty',
      },
      {
        id: 'sov-ops-updates',
        text: 'Does the operator decide when software updates are installed, with no update pushed by the supplier without the operator’s approval?',
        guidance:
          'Evidence: the update procedure, proof that automatic updates are disabled or gated, and the test environment used before deployment.',
        reference: 'SOV-4',
        answerType: 'yes-no',
        weight: 3,
        riskCategory: 'sovereignty',
      },
      {
        id: 'sov-ops-offline',
        text: 'Does the dependency keep working if the connection to the supplier is cut, including licence servers, activation and time-limited licence keys?',
        guidance:
          'Describe what stops, and after how long, if the supplier’s systems become unreachable or the supplier withdraws. A product that stops carrying traffic is a "no".',
        reference: 'SOV-4',
        answerType: 'yes-no',
        weight: 3,
        riskCategory: 'sovereignty',
      },
      {
        id: 'sov-ops-skills',
        text: 'How able is the operator, or an EU partner, to run and repair this dependency without the supplier?',
        guidance:
          '0: fully dependent on the supplier. 1: first-line operation only. 2: operation and routine maintenance. 3: fault diagnosis and repair with documentation. 4: independent operation, repair and upgrades proven in an exercise.',
        reference: 'SOV-4',
        answerType: 'maturity',
        weight: 2,
        riskCategory: 'sovereignty',
      },
    ],
  },
  {
    id: 'sov-supply',
    title: 'Supply continuity (SOV-5)',
    items: [
      {
        id: 'sov-supply-manufacturing',
        text: 'Where are the hardware and critical components of this dependency manufactured and assembled?',
        guidance:
          'List the countries of manufacture and final assembly, and of critical components (chipsets, FPGAs, optics, firmware build).',
        reference: 'SOV-5',
        answerType: 'text',
        weight: 1,
      },
      {
        id: 'sov-supply-single-source',
        text: 'Are single-source critical components identified, with the supplier having a mitigation for each?',
        guidance:
          'Evidence: the supplier’s list of single-source components with their origin, and its second-source or stockpiling plans.',
        reference: 'SOV-5',
        answerType: 'yes-no',
        weight: 2,
        riskCategory: 'concentration',
      },
      {
        id: 'sov-supply-commitments',
        text: 'Does the contract commit the supplier to a minimum support period, advance end-of-life notice and availability of spares?',
        guidance:
          'Quote the support-period, end-of-life notice and spare-parts clauses with their durations.',
        reference: 'SOV-5',
        answerType: 'yes-no',
        weight: 2,
        riskCategory: 'supply',
      },
      {
        id: 'sov-supply-stock',
        text: 'Are spares and replacement units held in the EU in quantities that cover a supply interruption of the agreed length?',
        guidance: 'Evidence: spares inventory, its location and the interruption period it is sized for.',
        reference: 'SOV-5',
        answerType: 'yes-no',
        weight: 2,
        riskCategory: 'supply',
      },
      {
        id: 'sov-supply-transparency',
        text: 'How transparent is the supplier about its own supply chain (software and hardware bills of materials, sub-suppliers)?',
        guidance:
          '0: no information. 1: main sub-suppliers on request. 2: SBOM for delivered software. 3: SBOM and hardware bill of materials with origins, updated per release. 4: machine-readable bills of materials with continuous vulnerability and origin monitoring shared with the operator.',
        reference: 'SOV-5',
        answerType: 'maturity',
        weight: 2,
        riskCategory: 'supply',
      },
      {
        id: 'sov-supply-sanctions',
        text: 'Has the risk been assessed that sanctions or export controls on the supplier, its components or its countries of manufacture interrupt supply or support?',
        guidance:
          'Record the scenarios considered (new listing, export ban on components, counter-sanctions) and the planned response to each.',
        reference: 'SOV-5',
        answerType: 'yes-no',
        weight: 2,
        riskCategory: 'sanctions-export',
      },
    ],
  },
  {
    id: 'sov-technology',
    title: 'Substitutability, exit and standards (SOV-6)',
    items: [
      {
        id: 'sov-tech-open-interfaces',
        text: 'Does the dependency use open, standardised interfaces so that it can be replaced, or combined with other suppliers’ products, without replacing adjacent systems?',
        guidance:
          'List the interfaces to adjacent systems and whether each follows a published standard (e.g. 3GPP, O-RAN, IETF) without proprietary extensions that are needed in practice.',
        reference: 'SOV-6',
        answerType: 'yes-no',
        weight: 2,
        riskCategory: 'concentration',
      },
      {
        id: 'sov-tech-alternatives',
        text: 'Is there at least one credible alternative supplier, preferably from the EU, that could replace this dependency?',
        guidance:
          'Name the alternatives and the basis for judging them credible (references, trials, certification).',
        reference: 'SOV-6',
        answerType: 'yes-no',
        weight: 2,
        riskCategory: 'concentration',
      },
      {
        id: 'sov-tech-exit-plan',
        text: 'Is there a documented exit plan for this dependency, with an estimated duration and cost, that has been reviewed or tested?',
        guidance:
          'Evidence: the exit plan, with migration steps, data and configuration export, parallel running and the contractual support the supplier owes during exit.',
        reference: 'SOV-6',
        answerType: 'yes-no',
        weight: 3,
        riskCategory: 'concentration',
      },
      {
        id: 'sov-tech-exit-date',
        text: 'When was the exit plan last reviewed or tested?',
        guidance: 'Give the date of the last review or exercise; leave empty if there is no plan.',
        reference: 'SOV-6',
        answerType: 'date',
        weight: 1,
      },
      {
        id: 'sov-tech-portability',
        text: 'Can configuration, operational data and inventory be exported in documented formats that another supplier’s product can use?',
        guidance: 'Evidence: a sample export and its format documentation.',
        reference: 'SOV-6',
        answerType: 'yes-no',
        weight: 2,
        riskCategory: 'concentration',
      },
      {
        id: 'sov-tech-standards-bodies',
        text: 'Are the standards and specifications this dependency relies on developed in open bodies where EU members take part on equal terms, rather than controlled by a single foreign company or government?',
        guidance:
          'List the specifications (e.g. 3GPP, ETSI, IETF, O-RAN Alliance, proprietary or national specifications) and who controls their development and access. Reliance on a specification whose owner can withdraw or restrict it is a "no".',
        reference: 'DW-SOV-01',
        answerType: 'yes-no',
        weight: 2,
        riskCategory: 'sovereignty',
      },
      {
        id: 'sov-tech-spec-access',
        text: 'Would the operator and alternative suppliers keep access to those specifications, and to any tools and certification they need, if export controls or sanctions changed?',
        guidance:
          'Identify specifications, reference implementations, test tools or certification schemes hosted or controlled abroad, and whether their access is subject to export-control or membership conditions.',
        reference: 'DW-SOV-02',
        answerType: 'yes-no',
        weight: 1,
        riskCategory: 'sanctions-export',
      },
      {
        id: 'sov-tech-inspection',
        text: 'Can the source code or design of the dependency be inspected by the operator or a trusted EU evaluator when needed?',
        guidance:
          'Evidence: a source-code escrow agreement, a right to source review in an accredited test lab, or a product evaluation report.',
        reference: 'SOV-6',
        answerType: 'yes-no',
        weight: 1,
        riskCategory: 'security',
      },
    ],
  },
];
