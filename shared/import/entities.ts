import type { z } from 'zod';
import { dependencyInputSchema } from '../domain/dependency';
import { licenceInputSchema } from '../domain/licence';
import { vendorInputSchema } from '../domain/vendor';
import type { ImportColumn, ImportEntity } from './columns';
import { dependencyColumns } from './dependency-columns';
import { licenceColumns } from './licence-columns';
import { vendorColumns } from './vendor-columns';

export interface EntityImport {
  columns: readonly ImportColumn[];
  /** The shared input schema every row is validated with, as a form would be. */
  schema: z.ZodType;
  /** The column (and field) naming a record: rows without an id match existing records on it. */
  nameColumn: 'name' | 'title';
  /** The message when a row links to its own record (its own parent, its own upstream), if it can. */
  selfLink?: string;
}

export const entityImports: Readonly<Record<ImportEntity, EntityImport>> = {
  vendors: {
    columns: vendorColumns,
    schema: vendorInputSchema,
    nameColumn: 'name',
    selfLink: 'validation.selfParent',
  },
  dependencies: {
    columns: dependencyColumns,
    schema: dependencyInputSchema,
    nameColumn: 'name',
    selfLink: 'validation.selfDependency',
  },
  licences: {
    columns: licenceColumns,
    schema: licenceInputSchema,
    nameColumn: 'title',
  },
};
