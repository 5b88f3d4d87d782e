/** The public face of standards: the panels other features embed. Everything else in the folder is private. */
export { RoyaltyStackPanel } from './RoyaltyStackPanel';
export { DeclaredPatentsPanel } from './DeclaredPatentsPanel';
