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
  purlTooLong:
    'This package URL is {{length}} characters long, more than the {{limit}} kept, so it is left out; the component itself is imported.',
  tooDeep:
    'Arrays and objects in this file are nested more than {{limit}} levels deep, far deeper than any SBOM: it was not read.',
  tooManyComponents:
    'This file lists more than {{limit}} components, more than one SBOM can hold here: it was not read. Split it by product or image.',
  componentsTooDeep:
    'Components are nested within components more than {{limit}} levels deep here: the file was not read further.',
  spdx3Unsupported:
    'This is an SPDX 3 document (JSON-LD). SPDX 3 is not supported yet: export the SBOM as SPDX 2.3 JSON or CycloneDX JSON and choose it again.',
  schemaRequired: 'This field is missing; the CycloneDX schema requires it.',
  schemaRequiredOneOf: 'This needs one of these fields, as the CycloneDX schema requires: {{fields}}.',
  schemaUnknownField:
    'The CycloneDX schema does not allow a "{{field}}" field here. If the file was made for a later version, check its "specVersion".',
  schemaType: 'The CycloneDX schema requires a value of JSON type "{{type}}" here.',
  schemaEnum: '"{{value}}" is not allowed here; the CycloneDX schema allows: {{allowed}}.',
  schemaValue: '"{{value}}" is not one of the values the CycloneDX schema allows here.',
  schemaLicenceId:
    '"{{value}}" is not an SPDX licence identifier. Correct it, or give the licence by "name" instead of "id".',
  schemaDateTime:
    '"{{value}}" is not a date and time as the CycloneDX schema requires (RFC 3339 with its time zone, e.g. 2024-05-01T12:00:00Z).',
  schemaEmail: '"{{value}}" is not an e-mail address.',
  schemaUri: '"{{value}}" is not an absolute URI (a scheme such as https: and no spaces).',
  schemaFormat: '"{{value}}" is not in the "{{format}}" format the CycloneDX schema requires.',
  schemaPattern: '"{{value}}" does not have the form the CycloneDX schema requires here.',
  schemaMinLength: 'The CycloneDX schema requires at least {{limit}} characters here.',
  schemaMaxLength: 'The CycloneDX schema allows at most {{limit}} characters here.',
  schemaMinItems: 'The CycloneDX schema requires at least {{limit}} entries in this list.',
  schemaMaxItems: 'The CycloneDX schema allows at most {{limit}} entries in this list.',
  schemaMinimum: 'The CycloneDX schema requires a number of at least {{limit}} here.',
  schemaMaximum: 'The CycloneDX schema allows a number of at most {{limit}} here.',
  schemaDuplicate:
    'This entry repeats an earlier one of the same list; the CycloneDX schema requires each to be different.',
  schemaNoMatch: 'This value matches none of the forms the CycloneDX schema allows here (or more than one).',
  schemaInvalid: 'This value breaks the CycloneDX schema (rule "{{keyword}}").',
  moreProblems_one: '…and {{count}} more problem.',
  moreProblems_other: '…and {{count}} more problems.',
  section: {
    title: 'Software bill of materials',
    intro:
      'The components of this dependency, read from its SBOM, with the licence classes they fall in. A new import replaces the whole SBOM.',
    fileLabel: 'Import an SBOM (CycloneDX or SPDX JSON)',
    fileDescription: 'A CycloneDX JSON file (1.2 to 1.6) or an SPDX JSON file (2.2 or 2.3).',
    none: 'No SBOM has been imported for this dependency yet.',
    loading: 'Loading the SBOM…',
    updated: 'Imported on {{at}}.',
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
  refused: {
    dependencyGone: 'The dependency no longer exists, so its SBOM cannot be imported.',
  },
} as const;
