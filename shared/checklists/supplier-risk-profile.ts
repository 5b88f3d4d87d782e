import type { Checklist } from '@shared/domain';

/**
 * The supplier risk profile of the EU coordinated risk assessment of 5G networks (the profile the EU 5G
 * Toolbox measure SM03 asks operators to establish). The six rated items have the ids 'srp-c1a' … 'srp-c3'
 * and use the scale of the vendor's sovereignty ratings — 0 = no concern … 4 = severe — so that an approved
 * assessment can copy its answers to `vendor.sovereignty.c1a` … `c3`. That scale runs the opposite way to
 * the other maturity items (where 4 is best), so they are marked `higherIsWorse` and score (4 − value) ÷ 4.
 * The supporting yes-no items are phrased so that "yes" is good.
 */
export const supplierRiskProfileChecklist: Checklist = {
  id: '5b0c1d2e-3f40-4a51-8b62-7c83d94ea502',
  name: 'Supplier risk profile',
  version: '2026.2',
  source:
    'EU coordinated risk assessment of the cybersecurity of 5G networks, NIS Cooperation Group, October 2019 (supplier risk profile, referenced by EU 5G Toolbox measure SM03)',
  builtIn: true,
  subjectType: 'vendor',
  sections: [
    {
      id: 'srp-interference',
      title: 'C1 — Likelihood of interference from a non-EU country',
      items: [
        {
          id: 'srp-c1a',
          text: 'How strong is the link between the vendor and the government of a non-EU country?',
          guidance:
            'Rate the concern (0 = no concern … 4 = severe; the reverse of other maturity items). 0 = no link beyond ordinary commercial dealings, or the vendor is based in the EU/EEA · 1 = minor links (government customers, public research grants) · 2 = significant links (subsidies, state-backed financing, former officials in management) · 3 = a state body holds a stake, board seats or special rights, or the vendor has a declared role in national strategic or defence programmes · 4 = the vendor is controlled by, or acts on behalf of, a non-EU government or its armed forces or intelligence services. Evidence: annual reports, ownership filings, public statements, reference-list entries.',
          reference: 'EU-5G-CRA-C1a (our lettering of the 2019 CRA criteria)',
          answerType: 'maturity',
          higherIsWorse: true,
          weight: 1,
          riskCategory: 'sovereignty',
        },
        {
          id: 'srp-c1a-state-links-declared',
          text: 'Has the vendor declared in writing any ownership, funding, board seats or special rights held by a government or state body?',
          guidance:
            'Evidence: a signed declaration or questionnaire answer, checked against public sources. A declaration of "none" counts as yes if it is consistent with those sources.',
          reference: 'EU-5G-CRA-C1a (our lettering of the 2019 CRA criteria)',
          answerType: 'yes-no',
          weight: 1,
          riskCategory: 'sovereignty',
        },
        {
          id: 'srp-c1b',
          text: 'How far could the legal system of the country the vendor depends on be used to compel it, without effective checks and balances?',
          guidance:
            'Rate the concern (0 = no concern … 4 = severe). Consider the country of the head office and of any controlling owner. 0 = EU/EEA country · 1 = democratic country with independent courts and with data-protection and security cooperation arrangements with the EU · 2 = independent courts, but broad government access powers or no such arrangements with the EU · 3 = laws that can require companies to assist state security or intelligence bodies, with limited independent oversight · 4 = such obligations without independent judicial oversight or any means of refusal, and no data-protection or security agreement with the EU. Evidence: legal analysis or published country assessments, with their date.',
          reference: 'EU-5G-CRA-C1b (our lettering of the 2019 CRA criteria)',
          answerType: 'maturity',
          higherIsWorse: true,
          weight: 1,
          riskCategory: 'sovereignty',
        },
        {
          id: 'srp-c1c',
          text: "How much concern does the vendor's corporate ownership raise?",
          guidance:
            'Rate the concern (0 = no concern … 4 = severe). 0 = transparent ownership up to the ultimate owners, widely held or held by EU/EEA owners · 1 = transparent, with a significant non-EU shareholder from a country rated 0–1 under C1b · 2 = parts of the chain not verifiable, or significant shareholders from a country rated 2 or more under C1b · 3 = opaque structure (nominee holdings, undisclosed trusts, unexplained control arrangements) · 4 = controlled by a state entity or by owners with state links rated 3 or more under C1a. Evidence: the ownership chain recorded on the vendor, LEI records, registry extracts.',
          reference: 'EU-5G-CRA-C1c (our lettering of the 2019 CRA criteria)',
          answerType: 'maturity',
          higherIsWorse: true,
          weight: 1,
          riskCategory: 'sovereignty',
        },
        {
          id: 'srp-c1c-ownership-traced',
          text: "Has the vendor's ownership chain been traced to its ultimate owners and recorded?",
          guidance:
            'Evidence: the chain of parents and their shares recorded on the vendor, with LEI or company-registry references and the date checked. "Partial" if the chain stops before the ultimate owners.',
          reference: 'EU-5G-CRA-C1c (our lettering of the 2019 CRA criteria)',
          answerType: 'yes-no',
          weight: 1,
          riskCategory: 'sovereignty',
        },
        {
          id: 'srp-c1d',
          text: 'How far could a non-EU country put pressure on the vendor, including through where its products are manufactured?',
          guidance:
            'Rate the concern (0 = no concern … 4 = severe). 0 = manufacturing and key components in the EU/EEA or spread across several countries of low concern · 1 = manufacturing mostly in one country of low concern · 2 = significant manufacturing, key components or staff in a country of concern, with alternatives available · 3 = most manufacturing or critical components in a country of concern, alternatives difficult · 4 = the vendor depends on a country of concern that has already used export restrictions, sanctions or other pressure on companies. Evidence: manufacturing and assembly locations, sourcing of key components, vendor statements.',
          reference: 'EU-5G-CRA-C1d (our lettering of the 2019 CRA criteria)',
          answerType: 'maturity',
          higherIsWorse: true,
          weight: 1,
          riskCategory: 'sovereignty',
        },
        {
          id: 'srp-c1d-manufacturing-locations',
          text: 'In which countries are the products supplied manufactured and assembled, including their key components?',
          guidance:
            'List the countries per product (final assembly, main boards, chipsets) as declared by the vendor, and note what has been verified.',
          reference: 'EU-5G-CRA-C1d (our lettering of the 2019 CRA criteria)',
          answerType: 'text',
          weight: 1,
        },
        {
          id: 'srp-lists-screened',
          text: 'Have the vendor, its parent companies and its subsidiaries been checked against the sanctions and export-control lists that bind the operator, with the date and result recorded?',
          guidance:
            'Our own check (DW-SOV-05): the 2019 assessment and the Toolbox do not name any list. Evidence: the lists consulted (for example the EU consolidated sanctions list, national lists, export-control entity lists), the names and aliases searched, the date and the result. "Yes" means checked and recorded, whatever the result; a match is reflected in the ratings above.',
          reference: 'DW-SOV-05',
          answerType: 'yes-no',
          weight: 1,
          riskCategory: 'sanctions-export',
        },
        {
          id: 'srp-fcc-covered-list',
          text: 'Has it been checked whether the vendor or a company of its group appears on the US FCC Covered List, with the date and result recorded?',
          guidance:
            'Our own check (DW-SOV-04), relevant where the operator, its customers or its financing are exposed to US rules; neither the 2019 assessment nor the Toolbox refers to this list. Answer n.a. if the operator has decided the list does not concern it, and say why.',
          reference: 'DW-SOV-04',
          answerType: 'yes-no',
          weight: 1,
          riskCategory: 'sanctions-export',
        },
      ],
    },
    {
      id: 'srp-supply',
      title: 'C2 — Ability to assure supply',
      items: [
        {
          id: 'srp-c2',
          text: "How much concern is there about the vendor's ability to keep supplying products, parts, updates and support?",
          guidance:
            'Rate the concern (0 = no concern … 4 = severe). 0 = sound finances, several production sites, no exposure to export controls, long support commitments · 1 = minor weaknesses (one production site with a continuity plan, short support commitments) · 2 = notable exposure (dependence on components subject to export controls, weakening finances, delivery delays in the last year) · 3 = serious exposure (sanctions or export restrictions affecting the vendor or its key suppliers, financial distress, products withdrawn from markets) · 4 = supply or support already interrupted or announced to stop. Evidence: financial statements, delivery records, export-control analysis, vendor continuity plan.',
          reference: 'EU-5G-CRA-C2 (our lettering of the 2019 CRA criteria)',
          answerType: 'maturity',
          higherIsWorse: true,
          weight: 1,
          riskCategory: 'supply',
        },
        {
          id: 'srp-c2-financial-check',
          text: "Has the vendor's financial standing been checked within the last 12 months?",
          guidance:
            'Evidence: the latest annual accounts reviewed, a credit report or rating, with the date.',
          reference: 'EU-5G-CRA-C2 (our lettering of the 2019 CRA criteria)',
          answerType: 'yes-no',
          weight: 1,
          riskCategory: 'financial',
        },
        {
          id: 'srp-c2-continuity-plan',
          text: 'Has the vendor shown a supply continuity plan covering its production sites and critical sub-suppliers?',
          guidance:
            'Evidence: the plan or a summary of it, alternative sites and second sources for critical components, stock commitments.',
          reference: 'EU-5G-CRA-C2 (our lettering of the 2019 CRA criteria)',
          answerType: 'yes-no',
          weight: 1,
          riskCategory: 'supply',
        },
      ],
    },
    {
      id: 'srp-quality',
      title: 'C3 — Quality of products and cybersecurity practices',
      items: [
        {
          id: 'srp-c3',
          text: "How much concern is there about the quality of the vendor's products and its cybersecurity practices, including control over its own supply chain?",
          guidance:
            'Rate the concern (0 = no concern … 4 = severe). 0 = independently audited secure development and product lifecycle, products evaluated, timely fixes, sub-suppliers known and controlled, SBOMs provided · 1 = good practices, partly evidenced by independent audit · 2 = practices described but not independently verified, or patches frequently late · 3 = repeated serious vulnerabilities or quality failures, weak control of sub-suppliers · 4 = serious unresolved findings from audits or authorities, no vulnerability handling, or no visibility of its own supply chain. Evidence: audit and evaluation reports, vulnerability and patch history, SBOMs, sub-supplier lists.',
          reference: 'EU-5G-CRA-C3 (our lettering of the 2019 CRA criteria)',
          answerType: 'maturity',
          higherIsWorse: true,
          weight: 1,
          riskCategory: 'security',
        },
        {
          id: 'srp-c3-process-audit',
          text: "Has the vendor's development and product lifecycle process been audited by an independent party (e.g. a GSMA NESAS process audit against FS.16)?",
          guidance:
            'Evidence: the audit report or certificate, its scope (which product lines) and its date.',
          reference: 'EU-5G-CRA-C3 (our lettering of the 2019 CRA criteria)',
          answerType: 'yes-no',
          weight: 1,
          riskCategory: 'security',
        },
        {
          id: 'srp-c3-process-audit-date',
          text: "Date of the vendor's last independent process audit",
          guidance: 'Leave unanswered if there has been none.',
          reference: 'EU-5G-CRA-C3 (our lettering of the 2019 CRA criteria)',
          answerType: 'date',
          weight: 1,
        },
        {
          id: 'srp-c3-disclosure',
          text: 'Does the vendor publish a coordinated vulnerability disclosure policy and security advisories for its products?',
          guidance:
            'Evidence: the public policy page, the advisory feed, and a check that recent advisories cover the products in use.',
          reference: 'EU-5G-CRA-C3 (our lettering of the 2019 CRA criteria)',
          answerType: 'yes-no',
          weight: 1,
          riskCategory: 'security',
        },
        {
          id: 'srp-c3-sub-suppliers',
          text: 'Does the vendor know and control its own critical sub-suppliers, and disclose them on request?',
          guidance:
            'Evidence: a list of critical sub-suppliers and components (or SBOMs for software), and the security requirements the vendor places on them.',
          reference: 'EU-5G-CRA-C3 (our lettering of the 2019 CRA criteria)',
          answerType: 'yes-no',
          weight: 1,
          riskCategory: 'supply',
        },
      ],
    },
  ],
  createdAt: '2026-11-25T00:00:00.000Z',
  updatedAt: '2026-11-25T00:00:00.000Z',
};
