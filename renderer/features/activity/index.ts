/** The public face of activity: what other features may embed. Everything else in the folder is private. */
export { RecordHistory } from './RecordHistory';
