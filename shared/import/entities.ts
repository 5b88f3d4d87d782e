import type { z } from 'zod';
import { dependencyInputSchema } from '../domain/dependency';
import { licenceInputSchema } from '../domain/licence';
import { riskInputSchema } from '../domain/risk';
import { vendorInputSchema } from '../domain/vendor';
import type { HeaderKey, RegisterName } from '../export/labels';
import type { ImportColumn, ImportEntity } from './columns';
import { dependencyColumns } from './dependency-columns';
import { licenceColumns } from './licence-columns';
import { keepActionIds, riskColumns } from './risk-columns';
import { vendorColumns } from './vendor-columns';
import type { MessageKey } from '../messages/message-key';

export interface EntityImport {
  columns: readonly ImportColumn[];
  /** The shared input schema every row is validated with, as a form would be. */
  schema: z.ZodType;
  /** The column (and field) naming a record: rows without an id match existing records on it. */
  nameColumn: 'name' | 'title';
  /** The message when a row links to its own record (its own parent, its own upstream), if it can. */
  selfLink?: MessageKey;
  /** The register the workbook and CSV export write these records as: its sheet is the one read. */
  register: RegisterName;
  /**
   * Columns the export computes from the others (a level, a score, a deadline): read as known and
   * ignored, so an exported file imports as it is, and changing them changes nothing.
   */
  derived: readonly HeaderKey[];
  /** Finishes a row's input once its cells are read (a risk's actions get their ids). */
  complete?: (input: Record<string, unknown>, existing: object | undefined, newId: () => string) => void;
}

export const entityImports: Readonly<Record<ImportEntity, EntityImport>> = {
  vendors: {
    columns: vendorColumns,
    schema: vendorInputSchema,
    nameColumn: 'name',
    selfLink: 'validation.selfParent',
    register: 'vendors',
    derived: ['sovereigntyLevel', 'sovereigntyIndex', 'updatedAt'],
  },
  dependencies: {
    columns: dependencyColumns,
    schema: dependencyInputSchema,
    nameColumn: 'name',
    selfLink: 'validation.selfDependency',
    register: 'dependencies',
    derived: [],
  },
  licences: {
    columns: licenceColumns,
    schema: licenceInputSchema,
    nameColumn: 'title',
    register: 'licences',
    derived: ['licenceClass', 'noticeDeadline'],
  },
  risks: {
    columns: riskColumns,
    schema: riskInputSchema,
    nameColumn: 'title',
    register: 'risks',
    derived: ['inherentScore', 'inherentLevel', 'residualScore', 'residualLevel'],
    complete: keepActionIds,
  },
};
