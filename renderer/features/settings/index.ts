/** The public face of settings: what other features may embed. Everything else in the folder is private. */
export { useBackUpWorkspace } from './useBackUpWorkspace';
