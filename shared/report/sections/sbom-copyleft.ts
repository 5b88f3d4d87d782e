import { licenceClass, type Dependency, type LicenceClass, type SbomComponent } from '../../domain';
import { summariseSbom } from '../../sbom/summarise';
import { reportSources } from '../sources';

export interface DependencyCopyleft {
  dependencyId: string;
  name: string;
  components: number;
  /** Components bound by any copyleft licence (weak, strong or network). */
  copyleft: number;
  /** Of which strong or network copyleft by their combined licences: the ones with source obligations. */
  strongOrNetwork: number;
  source: string;
}

/**
 * Copyleft counts of each dependency's SBOM, as the dependency page's summary counts them (summariseSbom),
 * with each distinct licence expression classified once across all dependencies.
 */
export const sbomCopyleft = (
  dependencies: readonly Dependency[],
  components: readonly SbomComponent[],
): DependencyCopyleft[] => {
  const byDependency = new Map<string, SbomComponent[]>();
  for (const component of components) {
    const list = byDependency.get(component.dependencyId);
    if (list) list.push(component);
    else byDependency.set(component.dependencyId, [component]);
  }
  const classes = new Map<string, LicenceClass>();
  const classify = (expression: string): LicenceClass => {
    let known = classes.get(expression);
    if (known === undefined) {
      known = licenceClass(expression);
      classes.set(expression, known);
    }
    return known;
  };
  return dependencies
    .flatMap((dependency): DependencyCopyleft[] => {
      const list = byDependency.get(dependency.id);
      if (!list) return [];
      const summary = summariseSbom(list, classify);
      if (summary.copyleft.length === 0) return [];
      return [
        {
          dependencyId: dependency.id,
          name: dependency.name,
          components: summary.total,
          copyleft: summary.copyleft.length,
          strongOrNetwork:
            (summary.byClass['strong-copyleft'] ?? 0) + (summary.byClass['network-copyleft'] ?? 0),
          source: reportSources.dependency(dependency.id),
        },
      ];
    })
    .sort((a, b) => b.copyleft - a.copyleft || a.name.localeCompare(b.name));
};
