import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  auditEventSchema,
  evidenceInputSchema,
  evidenceRecordSchema,
  referenceEntryInputSchema,
  reportRecordSchema,
  sbomComponentInputSchema,
  settingsSchema,
} from '@shared/domain';

const issues = (result: { error?: z.ZodError }) =>
  result.error?.issues.map(({ path, message }) => ({ path, message })) ?? [];

const meta = () => ({
  id: crypto.randomUUID(),
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
});
const hash = 'E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855';

describe('evidence', () => {
  it('accepts metadata and lower-cases the hash', () => {
    const evidence = evidenceRecordSchema.parse({
      ...meta(),
      fileName: 'nesas-audit.pdf',
      mimeType: 'application/pdf',
      size: 0,
      sha256: hash,
      validUntil: '2026-01-31',
    });
    expect(evidence.sha256).toBe(hash.toLowerCase());
  });

  it('reports a bad hash, size and missing name', () => {
    const result = evidenceInputSchema.safeParse({
      fileName: '',
      mimeType: 'text/plain',
      size: -1,
      sha256: 'abc',
    });
    expect(issues(result)).toEqual([
      { path: ['fileName'], message: 'validation.required' },
      { path: ['size'], message: 'validation.nonNegative' },
      { path: ['sha256'], message: 'validation.sha256' },
    ]);
  });
});

describe('auditEventSchema', () => {
  const event = {
    id: crypto.randomUUID(),
    at: new Date().toISOString(),
    actor: '',
    table: 'settings',
    recordId: 'profile',
    action: 'update',
    changes: { userName: ['', 'Ada'] },
  };

  it('accepts events with a non-UUID record id and an empty actor', () => {
    expect(auditEventSchema.parse(event)).toEqual(event);
  });

  it('refuses an unknown action and malformed changes', () => {
    const result = auditEventSchema.safeParse({
      ...event,
      action: 'rename',
      changes: { userName: ['only one'] },
    });
    expect(issues(result).map((issue) => issue.path)).toEqual([['action'], ['changes', 'userName']]);
    expect(issues(result)[0]?.message).toBe('validation.choice');
  });
});

describe('reportRecordSchema', () => {
  it('accepts a report entry and requires a generation time', () => {
    const report = {
      kind: 'board-pdf',
      title: 'Q3 board report',
      generatedBy: '',
      fileName: 'q3.pdf',
      sha256: hash,
    };
    expect(
      reportRecordSchema.safeParse({ ...meta(), ...report, generatedAt: '2025-09-30T12:00:00Z' }).success,
    ).toBe(true);
    expect(issues(reportRecordSchema.safeParse({ ...meta(), ...report }))).toEqual([
      { path: ['generatedAt'], message: 'validation.dateTime' },
    ]);
  });
});

describe('sbomComponentInputSchema', () => {
  it('accepts a component with a package URL and licence expressions', () => {
    const component = sbomComponentInputSchema.parse({
      dependencyId: crypto.randomUUID(),
      name: 'openssl',
      version: '3.0.13',
      purl: 'pkg:generic/openssl@3.0.13',
      licences: ['Apache-2.0'],
    });
    expect(component.licences).toEqual(['Apache-2.0']);
  });

  it('refuses a malformed package URL', () => {
    const result = sbomComponentInputSchema.safeParse({
      dependencyId: crypto.randomUUID(),
      name: 'x',
      purl: 'npm/lodash',
    });
    expect(issues(result)).toEqual([{ path: ['purl'], message: 'validation.purl' }]);
  });
});

describe('referenceEntryInputSchema', () => {
  it('accepts a dated FCC Covered List entry and de-duplicates aliases', () => {
    const entry = referenceEntryInputSchema.parse({
      list: 'fcc-covered',
      name: 'Huawei Technologies Company',
      aliases: ['Huawei', 'Huawei'],
      since: '2021-03-12',
    });
    expect(entry.aliases).toEqual(['Huawei']);
  });

  it('refuses an unknown list and an impossible date', () => {
    const result = referenceEntryInputSchema.safeParse({ list: 'ofac', name: 'X', since: '2021-02-29' });
    expect(issues(result)).toEqual([
      { path: ['list'], message: 'validation.choice' },
      { path: ['since'], message: 'validation.date' },
    ]);
  });
});

describe('settingsSchema', () => {
  it('accepts empty names, as on a fresh install', () => {
    expect(settingsSchema.parse({ userName: '', organisationName: '' })).toEqual({
      userName: '',
      organisationName: '',
    });
  });

  it('trims names and turns a cleared country into absent', () => {
    const settings = settingsSchema.parse({
      userName: ' Ada ',
      organisationName: 'Telco ',
      organisationCountry: '',
    });
    expect(settings).toEqual({ userName: 'Ada', organisationName: 'Telco' });
    expect(settings.organisationCountry).toBeUndefined();
    expect(
      settingsSchema.parse({ userName: '', organisationName: '', organisationCountry: 'be' })
        .organisationCountry,
    ).toBe('BE');
  });

  it('refuses an unknown country and an over-long name', () => {
    const result = settingsSchema.safeParse({
      userName: 'x'.repeat(101),
      organisationName: '',
      organisationCountry: 'XX',
    });
    expect(issues(result)).toEqual([
      { path: ['userName'], message: 'validation.tooLong' },
      { path: ['organisationCountry'], message: 'validation.country' },
    ]);
  });
});
