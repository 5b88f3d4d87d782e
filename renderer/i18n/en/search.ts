export const search = {
  button: 'Search',
  inputLabel: 'Search vendors and dependencies',
  placeholder: 'Name, legal name, tag or note…',
  preparing: 'Preparing the search…',
  typeMore: 'Type at least two characters.',
  nothingFound: 'Nothing matches “{{query}}”.',
  groups: {
    vendor: 'Vendors',
    dependency: 'Dependencies',
  },
  vendorDescription: 'Vendor',
  dependencyDescription: 'Dependency of {{vendor}}',
  dependencyNoVendor: 'Dependency',
} as const;
