/** Concentration per network domain: shares, HHI and band, as a chart and a table. */
export const concentration = {
  title: 'Concentration by network domain',
  explanation:
    'A vendor’s share of a domain is the criticality of its dependencies there divided by the criticality of all the domain’s dependencies. The HHI adds up the squared shares, in percent: from near 0 (many small suppliers) to 10,000 (a single one). Below 1,000 a domain is unconcentrated, from 1,000 to 1,800 moderately and above 1,800 highly concentrated (thresholds of the 2023 US Merger Guidelines).',
  tableLabel: 'Concentration by network domain',
  columns: {
    domain: 'Network domain',
    dependencies: 'Dependencies',
    topVendor: 'Largest vendor',
    hhi: 'HHI',
    band: 'Band',
  },
  band: {
    unconcentrated: 'Unconcentrated',
    moderate: 'Moderately concentrated',
    high: 'Highly concentrated',
  },
  topVendor: '{{vendor}} ({{share}})',
  showShares: 'Vendor shares in {{domain}}',
  sharesLabel: 'Vendor shares in {{domain}}',
  shareColumns: {
    vendor: 'Vendor',
    dependencies: 'Dependencies',
    weight: 'Criticality (of the domain’s total)',
    share: 'Share',
    contribution: 'HHI contribution',
  },
  weightOf: '{{weight}} of {{total}}',
  others: '{{count}} other vendors',
  total: 'Total',
  chartLabel: 'HHI per network domain: {{summary}}.',
  chartItem: '{{domain}} {{hhi}} ({{band}})',
  chartTooltip: '{{domain}}: HHI {{hhi}}, {{band}}',
  thresholdLines:
    'The dashed lines mark 1,000 (moderately concentrated from there) and 1,800 (highly concentrated above).',
  unknownVendor: 'Unknown vendor',
  empty: 'Add dependencies to see how concentrated each network domain is.',
} as const;
