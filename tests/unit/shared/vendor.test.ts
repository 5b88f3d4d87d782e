import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { vendorInputSchema, vendorSchema } from '@shared/domain';

const issues = (result: { error?: z.ZodError }) =>
  result.error?.issues.map(({ path, message }) => ({ path, message })) ?? [];

const meta = () => ({
  id: crypto.randomUUID(),
  createdAt: '2025-01-01T08:00:00.000Z',
  updatedAt: '2025-01-01T08:00:00.000Z',
});

describe('vendorInputSchema', () => {
  it('fills defaults so a minimal vendor is complete and unrated', () => {
    const vendor = vendorInputSchema.parse({ name: '  Acme Networks ', hqCountry: 'fi' });
    expect(vendor).toEqual({
      name: 'Acme Networks',
      hqCountry: 'FI',
      ownership: 'unknown',
      jurisdictions: [],
      listings: [],
      certifications: [],
      sovereignty: { c1a: null, c1b: null, c1c: null, c1d: null, c2: null, c3: null },
      contacts: [],
      tags: [],
      notes: '',
      // A vendor is a supplier unless told it holds patents (schema version 2).
      roles: ['supplier'],
      aliases: [],
    });
  });

  it('accepts a fully described vendor', () => {
    const vendor = vendorInputSchema.parse({
      name: 'Apple',
      legalName: 'Apple Inc.',
      lei: 'hwupkr0mpou8fgxbt394',
      hqCountry: 'US',
      parentVendorId: crypto.randomUUID(),
      ownership: 'listed',
      stateOwnershipPct: 0,
      jurisdictions: ['US', 'IE', 'US'],
      listings: [{ list: 'other', since: '2024-02-29', note: 'test' }],
      certifications: [{ scheme: 'ISO/IEC 27001', validUntil: '2026-06-30' }],
      sovereignty: { c1a: 0, c1b: 2, c1c: 0, c1d: 1, c2: 1, c3: null, rationale: 'Reviewed 2025' },
      contacts: [{ name: 'Jane Doe', email: 'jane@example.com', phone: '' }],
      tags: ['devices'],
      notes: 'Line one\n  indented',
    });
    expect(vendor.lei).toBe('HWUPKR0MPOU8FGXBT394');
    expect(vendor.jurisdictions).toEqual(['US', 'IE']);
    expect(vendor.contacts[0]).toEqual({ name: 'Jane Doe', email: 'jane@example.com', phone: undefined });
    expect(vendor.notes).toBe('Line one\n  indented');
  });

  it('treats empty optional form fields as absent', () => {
    const vendor = vendorInputSchema.parse({
      name: 'X',
      hqCountry: 'DE',
      lei: '',
      legalName: '',
      parentVendorId: '',
    });
    expect(vendor.lei).toBeUndefined();
    expect(vendor.legalName).toBeUndefined();
    expect(vendor.parentVendorId).toBeUndefined();
  });

  it('reports an LEI with a wrong check number at its field', () => {
    const result = vendorInputSchema.safeParse({ name: 'X', hqCountry: 'US', lei: 'HWUPKR0MPOU8FGXBT395' });
    expect(issues(result)).toEqual([{ path: ['lei'], message: 'validation.lei' }]);
  });

  it('reports each bad field with its own key', () => {
    const result = vendorInputSchema.safeParse({
      name: '   ',
      hqCountry: 'XK',
      ownership: 'public',
      stateOwnershipPct: 120,
      jurisdictions: ['FR', 'ZZ'],
      listings: [{ list: 'fcc-covered', since: '2021-02-30' }],
      certifications: [{ scheme: '' }],
      sovereignty: { c1a: 5, c2: 1.5 },
      contacts: [{ name: 'A', email: 'not-an-email' }],
      tags: ['x'.repeat(51)],
    });
    expect(issues(result)).toEqual([
      { path: ['name'], message: 'validation.required' },
      { path: ['hqCountry'], message: 'validation.country' },
      { path: ['ownership'], message: 'validation.choice' },
      { path: ['stateOwnershipPct'], message: 'validation.percent' },
      { path: ['jurisdictions', 1], message: 'validation.country' },
      { path: ['listings', 0, 'since'], message: 'validation.date' },
      { path: ['certifications', 0, 'scheme'], message: 'validation.required' },
      { path: ['sovereignty', 'c1a'], message: 'validation.rating' },
      { path: ['sovereignty', 'c2'], message: 'validation.rating' },
      { path: ['contacts', 0, 'email'], message: 'validation.email' },
      { path: ['tags', 0], message: 'validation.tagTooLong' },
    ]);
  });

  it('requires a name and a headquarters country', () => {
    expect(issues(vendorInputSchema.safeParse({}))).toEqual([
      { path: ['name'], message: 'validation.required' },
      { path: ['hqCountry'], message: 'validation.country' },
    ]);
  });
});

describe('vendorSchema', () => {
  it('accepts a stored record and requires its metadata', () => {
    expect(vendorSchema.safeParse({ ...meta(), name: 'X', hqCountry: 'SE' }).success).toBe(true);
    const result = vendorSchema.safeParse({ name: 'X', hqCountry: 'SE', id: 'abc' });
    expect(issues(result).map((issue) => issue.path[0])).toEqual(['id', 'createdAt', 'updatedAt']);
  });

  it('refuses a vendor that is its own parent', () => {
    const record = meta();
    const result = vendorSchema.safeParse({
      ...record,
      name: 'X',
      hqCountry: 'SE',
      parentVendorId: record.id,
    });
    expect(issues(result)).toEqual([{ path: ['parentVendorId'], message: 'validation.selfParent' }]);
  });
});
