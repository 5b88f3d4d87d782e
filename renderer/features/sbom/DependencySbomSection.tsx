/** A dependency's SBOM: import (CycloneDX / SPDX JSON) and the licence summary of its components. */
export const DependencySbomSection = (_props: { dependencyId: string }) => null;
