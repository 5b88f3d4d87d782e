import type { z } from 'zod';
import { dependencyInputSchema } from '../domain/dependency';
import { vendorInputSchema } from '../domain/vendor';
import type { ImportColumn, ImportEntity } from './columns';
import { dependencyColumns } from './dependency-columns';
import { vendorColumns } from './vendor-columns';

export interface EntityImport {
  columns: readonly ImportColumn[];
  /** The shared input schema every row is validated with, as a form would be. */
  schema: z.ZodType;
  /** The message when a row links to its own record (its own parent, its own upstream). */
  selfLink: string;
}

export const entityImports: Readonly<Record<ImportEntity, EntityImport>> = {
  vendors: {
    columns: vendorColumns,
    schema: vendorInputSchema,
    selfLink: 'validation.selfParent',
  },
  dependencies: {
    columns: dependencyColumns,
    schema: dependencyInputSchema,
    selfLink: 'validation.selfDependency',
  },
};
