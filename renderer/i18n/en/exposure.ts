/** Exposure to a vendor (direct and through upstream chains), the neighbourhood graph, and the board figure. */
export const exposure = {
  title: 'Exposure',
  explanation:
    'Direct: the vendor’s own dependencies. Indirect: other dependencies whose upstream chain (what they rely on, and what that relies on, to any depth) reaches one of them.',
  directTitle: 'Direct ({{count}})',
  indirectTitle: 'Indirect ({{count}})',
  directLabel: 'Direct dependencies on {{vendor}}',
  indirectLabel: 'Dependencies exposed to {{vendor}} through their upstream chain',
  noDirect: 'The network relies on nothing from this vendor yet.',
  noIndirect: 'No other dependency reaches this vendor through its upstream chain.',
  columns: {
    name: 'Dependency',
    vendor: 'Vendor',
    domain: 'Domain',
    criticality: 'Criticality',
    chain: 'Exposed through',
  },
  graph: {
    title: 'Neighbourhood',
    vendorHelp:
      'The vendor, what it supplies, what those rely on and what relies on them. Choose a node to open it; drag to move, scroll to zoom.',
    dependencyHelp:
      'The dependency, its vendor, what it relies on and what relies on it. Choose a node to open it; drag to move, scroll to zoom.',
    depth: 'Depth (links followed)',
    label:
      'Graph of {{vendors}} and {{dependencies}} around {{name}}, {{links}}. The same links are listed on the pages of each dependency.',
    vendors_one: '{{count}} vendor',
    vendors_other: '{{count}} vendors',
    dependencies_one: '{{count}} dependency',
    dependencies_other: '{{count}} dependencies',
    links_one: '{{count}} link',
    links_other: '{{count}} links',
    truncated: 'Showing the {{count}} nearest nodes only: reduce the depth to see a complete picture.',
    vendorCategory: 'Vendor',
    dependencyCategory: 'Dependency',
    empty: 'Nothing is linked to it yet.',
  },
  board: {
    title: 'Critical dependencies exposed to high-risk vendors',
    value: '{{exposed}} of {{critical}}',
    share: '{{share}} of critical dependencies',
    none: 'No dependency of criticality 4 or 5 is recorded yet.',
    explanation:
      'Dependencies of criticality 4 or 5 supplied by a vendor of sovereignty level High or Critical, or relying on such a dependency anywhere along their upstream chain.',
  },
} as const;
