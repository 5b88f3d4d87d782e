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
