import type { Dependency } from '../domain';
import type { RegisterContext } from './context';
import { column, list, optional, tabulate, type RegisterTable } from './register-table';

export const dependencyRegisterColumns = [
  column<Dependency>('name', 30, (dependency) => dependency.name),
  column<Dependency>('vendor', 26, (dependency, context) => context.vendorName(dependency.vendorId)),
  column<Dependency>('kind', 16, (dependency, { labels }) => labels.dependencyKind[dependency.kind]),
  column<Dependency>('domain', 16, (dependency, { labels }) => labels.networkDomain[dependency.domain]),
  column<Dependency>('criticality', 11, (dependency) => dependency.criticality),
  column<Dependency>('footprintPct', 12, (dependency) => optional(dependency.footprintPct)),
  column<Dependency>(
    'substitutability',
    16,
    (dependency, { labels }) => labels.substitutability[dependency.substitutability],
  ),
  column<Dependency>('exitMonths', 11, (dependency) => optional(dependency.exitMonths)),
  column<Dependency>('vendorRemoteAccess', 14, (dependency, context) =>
    context.yesNo(dependency.vendorRemoteAccess),
  ),
  column<Dependency>('dataLocations', 16, (dependency) => list(dependency.dataLocations)),
  column<Dependency>('upstream', 30, (dependency, context) =>
    list(dependency.upstreamIds.map(context.dependencyName)),
  ),
  column<Dependency>('tags', 20, (dependency) => list(dependency.tags)),
  column<Dependency>('notes', 40, (dependency) => dependency.notes),
  column<Dependency>('id', 38, (dependency) => dependency.id),
];

export const dependencyRegister = (context: RegisterContext): RegisterTable =>
  tabulate('dependencies', context.records.dependencies, dependencyRegisterColumns, context);
