/** The public face of exposure: what other features may embed. Everything else in the folder is private. */
export { DependencyNeighbourhood } from './DependencyNeighbourhood';
export { VendorExposureSection } from './VendorExposureSection';
