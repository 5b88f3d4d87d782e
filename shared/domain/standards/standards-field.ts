import { z } from 'zod';
import { textSchema } from '../common';
import { normaliseStandardList } from './standard-number';

/**
 * `Dependency.standards`: the specifications (`TS 38.331`) and release or generation tags (`5G NR Rel-17`)
 * a dependency implements. Each is stored in its canonical spelling (standard-number.ts), so the same
 * standard typed two ways is one entry, and duplicates are dropped. To be merged into the dependency schema
 * with the schema version that adds the field.
 */
export const dependencyStandardsSchema = z
  .array(
    textSchema('validation.required').trim().min(1, 'validation.required').max(100, 'validation.tooLong'),
  )
  .transform(normaliseStandardList)
  .default([]);
