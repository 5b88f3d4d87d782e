/** The public face of search: what other features may embed. Everything else in the folder is private. */
export { GlobalSearch } from './GlobalSearch';
export { SearchButton } from './SearchButton';
