import { dependencyKindValues, networkDomainValues, substitutabilityValues } from '../domain/dependency';
import * as cells from './cells';
import { choiceColumn, column, type ImportColumn } from './columns';

/** The columns of a dependency import file, one per field of the Dependency record. */
export const dependencyColumns: readonly ImportColumn[] = [
  column('id', '7c9e6679-7425-40de-944b-e07fc1f90ae7', cells.text, { inSampleRow: false }),
  column('name', 'Radio access network', cells.text, { required: true }),
  column('vendor', 'Nordic Radio', cells.text, {
    required: true,
    path: ['vendorId'],
    reference: { table: 'vendors', many: false },
  }),
  choiceColumn('kind', 'hardware', dependencyKindValues, (labels) => labels.dependencyKind, {
    required: true,
  }),
  choiceColumn('domain', 'ran', networkDomainValues, (labels) => labels.networkDomain, { required: true }),
  column('criticality', '5', cells.number, { required: true, allowed: ['1', '2', '3', '4', '5'] }),
  column('footprintPct', '60', cells.number),
  choiceColumn('substitutability', 'hard', substitutabilityValues, (labels) => labels.substitutability, {
    required: true,
  }),
  column('exitMonths', '36', cells.number),
  column('vendorRemoteAccess', 'yes', cells.boolean, { allowed: ['yes', 'no', 'true', 'false'] }),
  column('dataLocations', 'FI; SE', cells.list, { many: true }),
  column('upstream', 'Packet core; Transport network', cells.list, {
    path: ['upstreamIds'],
    many: true,
    inSampleRow: false,
    reference: { table: 'dependencies', many: true },
  }),
  column('tags', '5g; strategic', cells.list, { many: true }),
  column('notes', 'Swap planned for 2027.', cells.longText),
];
