/** The public face of calendar: what other features may embed. Everything else in the folder is private. */
export { RemindersCard } from './RemindersCard';
