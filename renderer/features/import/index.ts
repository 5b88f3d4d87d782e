/** The public face of import: what other features may embed. Everything else in the folder is private. */
export { useProblemColumns, useProblemRows } from './problemColumns';
export { ImportButton } from './ImportButton';
