/** The public face of sbom: what other features may embed. Everything else in the folder is private. */
export { DependencySbomSection } from './DependencySbomSection';
