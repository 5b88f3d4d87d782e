/**
 * Messages for the `sbom.*` keys of shared/sbom: what is wrong with an imported SBOM file, each saying how
 * to put it right. The JSON path of the problem, when there is one, is shown beside the message.
 */
export const sbom = {
  tooLarge: 'This file is {{size}}; an SBOM file can be at most {{limit}}.',
  empty: 'This file is empty. Choose the JSON file of the SBOM.',
  notText:
    'This file is not UTF-8 text, so it cannot be a JSON SBOM. Export the SBOM as JSON and choose it again.',
  notJson:
    'This file is not valid JSON. Check that the SBOM was exported as JSON and that the file is complete.',
  notJsonAt:
    'This file is not valid JSON: the syntax breaks at line {{line}}, column {{column}}. Check that the SBOM was exported as JSON and that the file is complete.',
  notAnSbom:
    'This JSON file is neither a CycloneDX SBOM (no "bomFormat": "CycloneDX") nor an SPDX document (no "spdxVersion"). Choose a CycloneDX or SPDX JSON file.',
  unknownBomFormat:
    'The file says its format is "{{value}}". Only CycloneDX JSON and SPDX JSON files can be imported.',
  missingVersion:
    'This {{format}} file does not say which version of the specification it follows: the "{{field}}" field is missing.',
  unsupportedVersion:
    '{{format}} version {{version}} is not supported. Export the SBOM again in one of these versions: {{supported}}.',
  notAList: '"{{field}}" must be a list (a JSON array).',
  componentNotObject: 'This component is not a JSON object with fields such as "name" and "version".',
  componentWithoutName: 'This component has no name; every component needs one.',
  spdxWithoutPackages:
    'This SPDX document has no "packages" list, so it has no component to import. Choose the SPDX document of the packages.',
  purlDropped: '"{{purl}}" is not a package URL, so it is left out; the component itself is imported.',
  moreProblems_one: '…and {{count}} more problem.',
  moreProblems_other: '…and {{count}} more problems.',
  section: {
    title: 'Software bill of materials',
    intro:
      'The components of this dependency, read from its SBOM, with the licence classes they fall in. A new import replaces the whole SBOM.',
    fileLabel: 'Import an SBOM (CycloneDX or SPDX JSON)',
    fileDescription: 'A CycloneDX JSON file (1.4 to 1.6) or an SPDX JSON file (2.2 or 2.3).',
    none: 'No SBOM has been imported for this dependency yet.',
    loading: 'Loading the SBOM…',
  },
  formats: { cyclonedx: 'CycloneDX', spdx: 'SPDX' },
  preview: {
    problemsTitle: '{{fileName}} cannot be imported',
    problemsIntro: 'Nothing was imported. Fix these problems in the file and choose it again:',
    at: 'at {{path}}',
    readyTitle: 'Ready to import {{fileName}}',
    summary_one: '{{format}} {{version}} file with {{count}} component.',
    summary_other: '{{format}} {{version}} file with {{count}} components.',
    replaces_one: 'It replaces the current SBOM of {{count}} component.',
    replaces_other: 'It replaces the current SBOM of {{count}} components.',
    warningsTitle: 'Left out while reading the file',
    import_one: 'Import {{count}} component',
    import_other: 'Import {{count}} components',
    replace: 'Replace the SBOM',
    cancel: 'Cancel',
    imported_one: '{{count}} component imported.',
    imported_other: '{{count}} components imported.',
    failed: 'The SBOM was not imported: {{reason}}',
  },
  summary: {
    title: 'Licence summary',
    total_one: '{{count}} component',
    total_other: '{{count}} components',
    byClassTitle: 'Components per licence class',
    byClassTable: 'Components per licence class',
    chartLabel: 'Bar chart of the components per licence class: {{figures}}',
    classColumn: 'Licence class',
    countColumn: 'Components',
    withoutLicenceRow: 'No licence given',
    copyleftTitle: 'Copyleft components',
    noCopyleft: 'No component is under a copyleft licence.',
    withoutLicenceTitle: 'Components without a licence',
    allLicensed: 'Every component names its licence.',
    suppliersTitle: 'Suppliers',
    noSuppliers: 'No component names its supplier.',
    supplierCount_one: '{{name}}: {{count}} component',
    supplierCount_other: '{{name}}: {{count}} components',
    more_one: '…and {{count}} more.',
    more_other: '…and {{count}} more.',
  },
  classes: {
    permissive: 'Permissive',
    'weak-copyleft': 'Weak copyleft',
    'strong-copyleft': 'Strong copyleft',
    'network-copyleft': 'Network copyleft',
    proprietary: 'Proprietary',
    unknown: 'Unknown',
  },
  components: {
    title: 'Components',
    table: 'SBOM components',
    search: 'Search the components',
    searchPlaceholder: 'Name, version, supplier or licence',
    empty: 'No component matches the search.',
    name: 'Name',
    version: 'Version',
    supplier: 'Supplier',
    licences: 'Licences',
    licenceClass: 'Class',
  },
  remove: {
    button: 'Remove the SBOM',
    title: 'Remove the SBOM?',
    body_one:
      'The {{count}} component of this SBOM will be removed from the dependency. The file itself is not touched.',
    body_other:
      'The {{count}} components of this SBOM will be removed from the dependency. The file itself is not touched.',
    confirm: 'Remove the SBOM',
    cancel: 'Keep it',
    removed: 'The SBOM was removed.',
    failed: 'The SBOM was not removed: {{reason}}',
  },
} as const;
