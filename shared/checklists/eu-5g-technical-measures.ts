import type { ChecklistSection } from '@shared/domain';

/** The EU 5G Toolbox technical measures TM01–TM11, as questions to the operator about a vendor. */
export const eu5gTechnicalSections: readonly ChecklistSection[] = [
  {
    id: 'eu5g-technical',
    title: 'Technical measures (TM01–TM11)',
    items: [
      {
        id: 'eu5g-tm01-architecture',
        text: "Is the vendor's equipment deployed according to the operator's secure reference architecture (security zones, segmentation, defence in depth)?",
        guidance:
          "Evidence: the reference architecture and the design documents of the vendor's deployment showing where its equipment sits and which flows are allowed.",
        reference: 'EU-5G-TM01',
        answerType: 'yes-no',
        weight: 1,
        riskCategory: 'security',
      },
      {
        id: 'eu5g-tm01-hardening',
        text: "Are the vendor's products configured to a documented hardening baseline that is checked at acceptance and afterwards?",
        guidance:
          'Evidence: the hardening guide (vendor or operator), the acceptance test report and the latest configuration compliance scan. Misconfiguration is risk scenario R1 of the Toolbox.',
        reference: 'EU-5G-TM01',
        answerType: 'yes-no',
        weight: 1,
        riskCategory: 'security',
      },
      {
        id: 'eu5g-tm02-standard-features',
        text: "Are the security features of the 3GPP standards implemented in the vendor's products and enabled in the operator's configuration?",
        guidance:
          'Examples: encryption and integrity protection of signalling and user traffic, concealment of subscriber identifiers, mutual authentication between network functions. Evidence: vendor compliance statements and configuration extracts. "Partial" if some features are supported but left disabled.',
        reference: 'EU-5G-TM02',
        answerType: 'yes-no',
        weight: 1,
        riskCategory: 'security',
      },
      {
        id: 'eu5g-tm02-optional-features',
        text: 'Where the standards leave a security feature optional, has the operator decided per feature whether to use it, and can the vendor support that choice?',
        guidance:
          'Evidence: a feature-by-feature decision record with the reasons, and vendor confirmation of support.',
        reference: 'EU-5G-TM02',
        answerType: 'yes-no',
        weight: 1,
        riskCategory: 'security',
      },
      {
        id: 'eu5g-tm02-scas',
        text: 'Which 3GPP security assurance specifications (SCAS) and evaluation reports cover the products supplied?',
        guidance:
          'List per product the SCAS specification of its class (e.g. TS 33.511 gNB, TS 33.512 AMF), the evaluation report, its date and the test laboratory. Write "none" if no evaluation exists.',
        reference: 'EU-5G-TM02',
        answerType: 'text',
        weight: 1,
      },
      {
        id: 'eu5g-tm03-accounts',
        text: "Are the vendor's accounts on the operator's systems personal, limited to least privilege and protected by multi-factor authentication?",
        guidance:
          'Evidence: the list of vendor accounts with their rights, the authentication configuration, and confirmation that no shared or default accounts remain.',
        reference: 'EU-5G-TM03',
        answerType: 'yes-no',
        weight: 2,
        riskCategory: 'security',
      },
      {
        id: 'eu5g-tm03-remote-access',
        text: 'Does all remote access by the vendor pass through an operator-controlled access point with session approval and recording?',
        guidance:
          'Evidence: the remote-access architecture (bastion or privileged-access management), approval records and a sample of recorded sessions. A direct link from the vendor into the network is a "no".',
        reference: 'EU-5G-TM03',
        answerType: 'yes-no',
        weight: 2,
        riskCategory: 'security',
      },
      {
        id: 'eu5g-tm03-access-review',
        text: "Are the vendor's access rights reviewed at least once a year and withdrawn when people or contracts change?",
        guidance:
          'Evidence: the last access review with its date, and examples of rights removed after a departure.',
        reference: 'EU-5G-TM03',
        answerType: 'yes-no',
        weight: 1,
        riskCategory: 'security',
      },
      {
        id: 'eu5g-tm04-isolation',
        text: "Are the vendor's virtualised or containerised network functions isolated from other workloads and from the underlying platform?",
        guidance:
          'Evidence: the virtualisation design (separate tenants or clusters, hardened hypervisor or container runtime, restricted privileges). Answer n.a. if the vendor supplies no virtualised functions.',
        reference: 'EU-5G-TM04',
        answerType: 'yes-no',
        weight: 1,
        riskCategory: 'security',
      },
      {
        id: 'eu5g-tm04-image-integrity',
        text: "Are the vendor's virtual machine or container images signed, and is the signature checked when they are deployed?",
        guidance:
          'Evidence: the signing scheme, the verification step in the deployment pipeline or orchestrator, and a log of a rejected unsigned image if available.',
        reference: 'EU-5G-TM04',
        answerType: 'yes-no',
        weight: 1,
        riskCategory: 'security',
      },
      {
        id: 'eu5g-tm04-orchestration',
        text: 'Is access to the management and orchestration layer that runs the vendor functions restricted and logged?',
        guidance:
          'Evidence: the roles defined in the orchestration platform, who holds them, and where its logs are kept.',
        reference: 'EU-5G-TM04',
        answerType: 'yes-no',
        weight: 1,
        riskCategory: 'security',
      },
      {
        id: 'eu5g-tm05-management-network',
        text: "Is the vendor's equipment managed over a separate, protected management network?",
        guidance:
          'Evidence: the network design showing the management plane separated from user and signalling traffic, with filtering between them.',
        reference: 'EU-5G-TM05',
        answerType: 'yes-no',
        weight: 1,
        riskCategory: 'security',
      },
      {
        id: 'eu5g-tm05-monitoring',
        text: "How mature is the security monitoring of the vendor's equipment and of the vendor's activity on the network?",
        guidance:
          '0 = no monitoring · 1 = logs kept locally on the equipment · 2 = logs collected centrally · 3 = central collection with alert rules covering vendor access and configuration changes · 4 = as 3, with alerts handled by a security operations team and the rules tested.',
        reference: 'EU-5G-TM05',
        answerType: 'maturity',
        weight: 1,
        riskCategory: 'security',
      },
      {
        id: 'eu5g-tm05-operator-control',
        text: "Can the operator run, monitor and restore the vendor's equipment without depending on systems operated by the vendor?",
        guidance:
          'Evidence: the operating model showing which tools and consoles are operator-controlled. "Partial" if routine operation is independent but some recovery tasks need the vendor\'s systems.',
        reference: 'EU-5G-TM05',
        answerType: 'yes-no',
        weight: 1,
        riskCategory: 'sovereignty',
      },
      {
        id: 'eu5g-tm06-site-access',
        text: "Are the sites housing the vendor's equipment protected by physical access control proportionate to their criticality?",
        guidance:
          'Evidence: the site classification and the access-control measures per class (badges, locks, alarms, video).',
        reference: 'EU-5G-TM06',
        answerType: 'yes-no',
        weight: 1,
        riskCategory: 'security',
      },
      {
        id: 'eu5g-tm06-vendor-visits',
        text: "Are visits by the vendor's staff to sites authorised in advance, escorted where required and logged?",
        guidance: 'Evidence: the visit procedure and a sample of visit logs matched against authorisations.',
        reference: 'EU-5G-TM06',
        answerType: 'yes-no',
        weight: 1,
        riskCategory: 'security',
      },
      {
        id: 'eu5g-tm06-tamper',
        text: 'Is equipment installed in exposed locations (street cabinets, rooftops, shared sites) protected against tampering?',
        guidance:
          'Evidence: locked enclosures, tamper-evident seals or intrusion alarms, and how alarms are followed up. Answer n.a. if none is exposed.',
        reference: 'EU-5G-TM06',
        answerType: 'yes-no',
        weight: 1,
        riskCategory: 'security',
      },
      {
        id: 'eu5g-tm07-signed-updates',
        text: "Are the vendor's software and firmware updates signed, and are signatures verified before installation?",
        guidance:
          "Evidence: the vendor's signing process description, and the verification step in the operator's update procedure.",
        reference: 'EU-5G-TM07',
        answerType: 'yes-no',
        weight: 2,
        riskCategory: 'security',
      },
      {
        id: 'eu5g-tm07-update-control',
        text: 'Does the operator decide when updates are installed, after testing them, with no update pushed by the vendor on its own?',
        guidance:
          'Evidence: the change procedure, a test-environment report for a recent update, and confirmation that automatic remote updates are disabled.',
        reference: 'EU-5G-TM07',
        answerType: 'yes-no',
        weight: 1,
        riskCategory: 'sovereignty',
      },
      {
        id: 'eu5g-tm07-patch-deadlines',
        text: 'Does the contract set deadlines for the vendor to deliver security patches according to severity, and have they been met over the last 12 months?',
        guidance:
          'Evidence: the contract clause and a list of recent security advisories with the dates the fixes were delivered. "Partial" if deadlines exist but were missed.',
        reference: 'EU-5G-TM07',
        answerType: 'yes-no',
        weight: 1,
        riskCategory: 'security',
      },
      {
        id: 'eu5g-tm07-support-end',
        text: 'Until what date has the vendor committed to deliver security updates for the products in use?',
        guidance:
          "Enter the earliest end-of-security-support date among the products in use, as stated in the contract or the vendor's published lifecycle policy.",
        reference: 'EU-5G-TM07',
        answerType: 'date',
        weight: 1,
      },
      {
        id: 'eu5g-tm08-procurement-requirements',
        text: 'Are security requirements included in the procurement conditions of the contract with this vendor?',
        guidance:
          'Evidence: the tender documents or contract annex setting the security requirements the vendor accepted. A generic confidentiality clause alone is a "no".',
        reference: 'EU-5G-TM08',
        answerType: 'yes-no',
        weight: 2,
        riskCategory: 'security',
      },
      {
        id: 'eu5g-tm08-process-requirements',
        text: "Do those conditions cover the vendor's own processes: secure development, vulnerability handling and disclosure, and control of its sub-suppliers?",
        guidance: 'Evidence: the clauses on each of the three topics. "Partial" if only some are covered.',
        reference: 'EU-5G-TM08',
        answerType: 'yes-no',
        weight: 1,
        riskCategory: 'security',
      },
      {
        id: 'eu5g-tm08-audit-right',
        text: 'Does the contract give the operator the right to audit the vendor or to receive independent audit reports?',
        guidance: 'Evidence: the audit clause, with its scope, frequency and notice period.',
        reference: 'EU-5G-TM08',
        answerType: 'yes-no',
        weight: 1,
        riskCategory: 'security',
      },
      {
        id: 'eu5g-tm08-last-audit',
        text: "Date of the last security audit or assessment of the vendor's processes",
        guidance:
          'The date of the most recent audit performed by the operator, a third party on its behalf, or a recognised scheme (e.g. a NESAS process audit).',
        reference: 'EU-5G-TM08',
        answerType: 'date',
        weight: 1,
      },
      {
        id: 'eu5g-tm09-certification',
        text: "Are the vendor's 5G products or development processes certified under an EU cybersecurity certification scheme, or at least evaluated under an industry scheme (e.g. NESAS)?",
        guidance:
          'TM09 asks for certification under the EU cybersecurity certification framework (Cybersecurity Act) once a scheme covers 5G equipment; until then, industry assurance such as a GSMA NESAS process audit with product evaluations against 3GPP SCAS is evidence of good practice, not EU certification. Say which applies. Evidence: certificates or reports with their scheme, scope and dates.',
        reference: 'EU-5G-TM09',
        answerType: 'yes-no',
        weight: 1,
        riskCategory: 'security',
      },
      {
        id: 'eu5g-tm09-expiry',
        text: "Expiry date of the vendor's current process audit or product evaluation",
        guidance:
          'Enter the earliest expiry among the certificates and evaluations relied on, so that the renewal can be followed up.',
        reference: 'EU-5G-TM09',
        answerType: 'date',
        weight: 1,
      },
      {
        id: 'eu5g-tm09-required',
        text: 'Is certification or evaluation required in the procurement conditions for new purchases from this vendor?',
        guidance: 'Evidence: the clause naming the scheme and the level or scope required.',
        reference: 'EU-5G-TM09',
        answerType: 'yes-no',
        weight: 1,
        riskCategory: 'security',
      },
      {
        id: 'eu5g-tm10-other-ict',
        text: 'Are the ICT products and services the vendor supplies that are not specific to 5G (IT systems, cloud services, connected devices) certified under an EU cybersecurity certification scheme, or at least under a recognised private scheme (e.g. ISO/IEC 27001)?',
        guidance:
          'Only EUCC (the Common Criteria scheme under the Cybersecurity Act) is an EU certification today; ISO/IEC 27001 with a matching scope is a private management-system certification, useful evidence but not EU certification. Say which the vendor holds. Answer n.a. if the vendor supplies only 5G network equipment.',
        reference: 'EU-5G-TM10',
        answerType: 'yes-no',
        weight: 1,
        riskCategory: 'security',
      },
      {
        id: 'eu5g-tm10-cloud',
        text: 'If the vendor runs functions or holds operator data in cloud services, are those services certified and is the jurisdiction of their provider known?',
        guidance:
          "Evidence: the cloud provider, its certifications or attestations, and the countries of hosting and of the provider's head office. Answer n.a. if no cloud service is involved.",
        reference: 'EU-5G-TM10',
        answerType: 'yes-no',
        weight: 1,
        riskCategory: 'sovereignty',
      },
      {
        id: 'eu5g-tm11-continuity',
        text: 'Does the continuity plan cover the loss of this vendor (insolvency, sanctions, withdrawal of support or supply)?',
        guidance:
          'Evidence: the scenario in the business continuity plan, with the actions, owners and the time the network can run without the vendor.',
        reference: 'EU-5G-TM11',
        answerType: 'yes-no',
        weight: 2,
        riskCategory: 'supply',
      },
      {
        id: 'eu5g-tm11-spares',
        text: "Are spare parts, licence keys and software images held so that the vendor's equipment can be repaired and restored without the vendor?",
        guidance:
          'Evidence: the spares inventory and its coverage of critical sites, escrow or local copies of software images and licence keys, and whether licences depend on a vendor server.',
        reference: 'EU-5G-TM11',
        answerType: 'yes-no',
        weight: 1,
        riskCategory: 'supply',
      },
      {
        id: 'eu5g-tm11-last-exercise',
        text: "Date of the last continuity or recovery exercise involving this vendor's equipment",
        guidance:
          'The date of the most recent exercise or real recovery, with a link to its report as evidence.',
        reference: 'EU-5G-TM11',
        answerType: 'date',
        weight: 1,
      },
    ],
  },
];
