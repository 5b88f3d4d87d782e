import { z } from 'zod';
import { requiredText } from '../common';
import { normaliseCompanyName } from '../reference-match';

/**
 * Schema pieces for vendors that hold declared patents, to be merged into the vendor schema with the schema
 * version that adds them: a vendor supplies the network, holds patents on the standards it runs on, or both.
 */
export const vendorRoleValues = ['supplier', 'patent-holder'] as const;
export type VendorRole = (typeof vendorRoleValues)[number];

/** At least one role; duplicates dropped and the order fixed, so equal role sets compare equal. */
export const vendorRolesSchema = z
  .array(z.enum(vendorRoleValues, 'validation.choice'))
  .min(1, 'validation.required')
  .transform((roles) => vendorRoleValues.filter((role) => roles.includes(role)))
  .default(['supplier']);

/**
 * Other names the vendor is known by (a declaring company's spelling in ETSI's database, a former name, a
 * subsidiary): the holder matcher reads them. An alias equal to an earlier one once normalised (case,
 * accents, punctuation, legal forms) says nothing more and is dropped.
 */
export const vendorAliasesSchema = z
  .array(requiredText(300))
  .transform((aliases) => {
    const seen = new Set<string>();
    return aliases.filter((alias) => {
      const key = normaliseCompanyName(alias);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  })
  .default([]);
