export { parseSbom, type SbomParseResult } from './parse-sbom';
export { detectSbomFormat, sbomFormats, type DetectResult, type SbomFormat } from './detect-format';
export { combinedExpression, summariseSbom, type SbomSummary, type SbomSupplierCount } from './summarise';
export { MAX_COMPONENT_DEPTH, MAX_COMPONENTS, MAX_JSON_DEPTH, MAX_SBOM_BYTES } from './limits';
export { MAX_LISTED_PROBLEMS, type SbomProblem } from './problems';
export { cycloneDxVersions } from './cyclonedx';
export { spdxVersions } from './spdx';
