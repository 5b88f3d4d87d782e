import { z } from 'zod';
import { isValidLei } from './lei';

/** An LEI as typed or imported: spaces and lower case are forgiven, the checksum is not. */
export const leiSchema = z.string('validation.lei').trim().toUpperCase().refine(isValidLei, 'validation.lei');
