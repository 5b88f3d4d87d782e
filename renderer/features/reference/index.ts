/** The public face of reference: what other features may embed. Everything else in the folder is private. */
export { ReferenceListsSection } from './ReferenceListsSection';
export { ReferenceMatchAlert } from './ReferenceMatchAlert';
