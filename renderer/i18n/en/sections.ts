/** What each section holds, shown while it is still empty so a new user knows where to start. */
export const sections = {
  dashboard: {
    title: 'Dashboard',
    emptyTitle: 'Your due-diligence picture starts here',
    emptyBody:
      'Once you record vendors, dependencies, licences and risks, this page shows the key figures a board asks for: concentration per network domain, exposure to high-risk vendors, notice deadlines and open risks.',
    emptyAction: 'Set up your organisation',
    vendorsStat: 'Vendors',
    dependenciesStat: 'Dependencies',
    levelsTitle: 'Vendors by sovereignty level',
    standards: {
      title: 'Standards and patent exposure',
      summary_one: '{{count}} standard in use · {{families}} declared patent families on it',
      summary_other: '{{count}} standards in use · {{families}} declared patent families on them',
      noStandards:
        'No dependency lists a standard yet. Add the standards a dependency implements on its form to see who holds patents on them.',
      noDeclarations:
        'No declarations imported yet: import ETSI’s ISLD export or the declarations template to see who has declared patents on the standards you use, and how much of it you cover.',
      importAction: 'Import declarations',
      noDeclared: 'No declaration in force names a standard in use.',
      topTitle: 'Largest uncovered share',
      topLabel: 'Standards with the largest uncovered share',
      uncovered: '{{share}} uncovered of {{families}} declared families',
      countriesTitle: 'Holders by country',
      countriesLabel: 'Holders of declared patents by country',
      country_one: '{{holders}} holder · {{share}} of declared families',
      country_other: '{{holders}} holders · {{share}} of declared families',
      unknownCountry: 'Country unknown',
      explanation:
        'Uncovered: no SEP licence of ours with the holder covers the standard and no supply contract of a dependency implementing it indemnifies IP. Shares are of declared families, self-declared and not checked for essentiality.',
      open: 'Open Standards',
    },
  },
  vendors: {
    title: 'Vendors',
    emptyTitle: 'No vendors yet',
    emptyBody:
      'Record each supplier your network depends on — equipment makers, software and cloud providers, patent and standards licensors — with its ownership, the jurisdictions that can compel it, its listings and its sovereignty profile.',
  },
  dependencies: {
    title: 'Dependencies',
    emptyTitle: 'No dependencies yet',
    emptyBody:
      'Record what your network relies on: products, services, components and licensed technology such as patents, standards and open source, with their criticality, network domain and how hard they are to replace.',
  },
  licences: {
    title: 'Licences',
    emptyTitle: 'No licences or contracts yet',
    emptyBody:
      'Record the terms behind each dependency: commercial contracts, SaaS terms, SEP and patent licences, standards IPR and open-source licences, with their deadlines and protective clauses.',
  },
  risks: {
    title: 'Risks',
    emptyTitle: 'No risks yet',
    emptyBody:
      'Keep the risk register here: each risk with its likelihood and impact before and after treatment, its owner, its review date and the actions that treat it.',
  },
  decisions: {
    title: 'Decisions',
    emptyTitle: 'No decisions yet',
    emptyBody:
      'Lay out the ways out of a critical dependency — stay and renegotiate, add a second source, replace the vendor, go open source or in-house, or exit — compare what each does to concentration, sovereignty exposure, risks and cost, then decide and have the choice approved.',
  },
  checklists: {
    title: 'Checklists',
  },
  reports: {
    title: 'Reports',
  },
} as const;
