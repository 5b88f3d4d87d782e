/** A dependency's neighbourhood graph: its vendor, what it relies on and what relies on it. */
export const DependencyNeighbourhood = (_props: { dependencyId: string }) => null;
