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
} as const;
