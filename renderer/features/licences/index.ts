/** The public face of licences: what other features may embed. Everything else in the folder is private. */
export { LicenceDeadlinesCard } from './LicenceDeadlinesCard';
export { LinkedLicences } from './LinkedLicences';
