/** Ctrl/Cmd+K search across vendors and dependencies. */
export const GlobalSearch = () => null;
