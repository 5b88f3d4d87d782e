export { parseSbom, type SbomParseResult } from './parse-sbom';
export { detectSbomFormat, sbomFormats, type DetectResult, type SbomFormat } from './detect-format';
export { combinedExpression, summariseSbom, type SbomSummary, type SbomSupplierCount } from './summarise';
export { MAX_SBOM_BYTES } from './read-json';
export { MAX_LISTED_PROBLEMS, type SbomProblem } from './problems';
export { cycloneDxVersions } from './cyclonedx';
export { spdxVersions } from './spdx';
