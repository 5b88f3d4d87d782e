import { useMemo } from 'react';
import { buildDependencyGraph, type Dependency, type DependencyGraph, type Vendor } from '@shared/domain';
import { useDependencies } from '@renderer/data/dependencies';
import { useVendors } from '@renderer/data/vendors';

export interface LiveDependencyGraph {
  graph: DependencyGraph;
  dependencyById: ReadonlyMap<string, Dependency>;
  vendorById: ReadonlyMap<string, Vendor>;
}

/** The whole workspace's dependency graph, rebuilt (in one linear pass) whenever a record changes. */
export const useDependencyGraph = (): LiveDependencyGraph | undefined => {
  const dependencies = useDependencies();
  const vendors = useVendors();
  return useMemo(() => {
    if (!dependencies || !vendors) return undefined;
    return {
      graph: buildDependencyGraph(dependencies),
      dependencyById: new Map(dependencies.map((dependency) => [dependency.id, dependency])),
      vendorById: new Map(vendors.map((vendor) => [vendor.id, vendor])),
    };
  }, [dependencies, vendors]);
};
