/** The public face of concentration: what other features may embed. Everything else in the folder is private. */
export { ConcentrationSection } from './ConcentrationSection';
