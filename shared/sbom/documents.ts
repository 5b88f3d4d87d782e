import type { SbomComponent, SbomDocument, SbomDocumentComponent } from '../domain/sbom';

/** A dependency's SBOM document of these components, dated by the latest of them. */
export const sbomDocument = (dependencyId: string, components: SbomDocumentComponent[]): SbomDocument => ({
  dependencyId,
  updatedAt: components.reduce((latest, { updatedAt }) => (updatedAt > latest ? updatedAt : latest), ''),
  components,
});

/**
 * The flat components of a workspace file as one document per dependency, each keeping its components in
 * the order of the list, so that flattening them again gives the same list back.
 */
export const toSbomDocuments = (components: readonly SbomComponent[]): SbomDocument[] => {
  const byDependency = new Map<string, SbomDocumentComponent[]>();
  for (const { dependencyId, ...component } of components) {
    const list = byDependency.get(dependencyId);
    if (list) list.push(component);
    else byDependency.set(dependencyId, [component]);
  }
  return [...byDependency].map(([dependencyId, list]) => sbomDocument(dependencyId, list));
};

/** The components of these documents as the workspace file lists them, each naming its dependency. */
export const flattenSbomDocuments = (documents: readonly SbomDocument[]): SbomComponent[] =>
  documents.flatMap(({ dependencyId, components }) =>
    components.map((component) => ({ ...component, dependencyId })),
  );
