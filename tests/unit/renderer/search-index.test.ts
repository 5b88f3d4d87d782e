import { describe, expect, it } from 'vitest';
import {
  dependencySchema,
  licenceSchema,
  riskSchema,
  vendorSchema,
  type Dependency,
  type Vendor,
} from '@shared/domain';
import { buildSearchIndex, searchRecords } from '@renderer/features/search/searchIndex';

const timestamp = '2026-01-15T09:00:00.000Z';
const vendor = (id: string, name: string, extra: Partial<Vendor> = {}): Vendor =>
  vendorSchema.parse({ id, name, hqCountry: 'FI', createdAt: timestamp, updatedAt: timestamp, ...extra });
const dependency = (
  id: string,
  name: string,
  vendorId: string,
  extra: Partial<Dependency> = {},
): Dependency =>
  dependencySchema.parse({
    id,
    name,
    vendorId,
    kind: 'software',
    domain: 'core',
    criticality: 3,
    substitutability: 'moderate',
    createdAt: timestamp,
    updatedAt: timestamp,
    ...extra,
  });

const aurora = vendor('11111111-1111-4111-8111-111111111111', 'Aurora Radio', {
  legalName: 'Aurora Radio Systems Oy',
  tags: ['ran-refresh'],
});
const societe = vendor('22222222-2222-4222-8222-222222222222', 'Société Câblière', {
  notes: 'Submarine cable landing partner.',
});
const packetCore = dependency('33333333-3333-4333-8333-333333333333', 'Packet core', aurora.id, {
  tags: ['5g-core'],
  notes: 'Runs the standalone core.',
});

const search = async (query: string) => {
  const index = await buildSearchIndex({
    vendors: [aurora, societe],
    dependencies: [packetCore],
    licences: [],
    risks: [],
  });
  return searchRecords(index!, query).map((hit) => `${hit.type}:${hit.name}`);
};

describe('searchRecords', () => {
  it('finds a vendor by the beginning of a word of its legal name', async () => {
    expect(await search('syst')).toEqual(['vendor:Aurora Radio']);
  });

  it('finds records by tag and by a word of their notes', async () => {
    expect(await search('refresh')).toEqual(['vendor:Aurora Radio']);
    expect(await search('standalone')).toEqual(['dependency:Packet core']);
  });

  it('ignores accents and case, and tolerates a typo in a longer word', async () => {
    expect(await search('SOCIETE')).toEqual(['vendor:Société Câblière']);
    expect(await search('submarnie')).toEqual(['vendor:Société Câblière']);
  });

  it('requires every word, and says which vendor a dependency belongs to', async () => {
    expect(await search('packet standalone')).toEqual(['dependency:Packet core']);
    expect(await search('packet submarine')).toEqual([]);
    const index = await buildSearchIndex({
      vendors: [aurora],
      dependencies: [packetCore],
      licences: [],
      risks: [],
    });
    expect(searchRecords(index!, 'packet')[0]?.vendorName).toBe('Aurora Radio');
  });

  it('returns nothing for a one-letter query', async () => {
    expect(await search('a')).toEqual([]);
  });

  it('finds licences by title or SPDX id and risks by description or owner, saying whose licence it is', async () => {
    const licence = licenceSchema.parse({
      id: '44444444-4444-4444-8444-444444444444',
      title: 'Baseband firmware',
      type: 'open-source',
      vendorId: aurora.id,
      spdxExpression: 'GPL-2.0-only',
      autoRenew: false,
      createdAt: timestamp,
      updatedAt: timestamp,
    });
    const risk = riskSchema.parse({
      id: '55555555-5555-4555-8555-555555555555',
      title: 'Copyleft firmware',
      description: 'Source disclosure may be demanded.',
      category: 'licence',
      likelihood: 2,
      impact: 3,
      owner: 'Legal counsel',
      createdAt: timestamp,
      updatedAt: timestamp,
    });
    const index = await buildSearchIndex({
      vendors: [aurora],
      dependencies: [],
      licences: [licence],
      risks: [risk],
    });
    const found = (query: string) => searchRecords(index!, query).map((hit) => `${hit.type}:${hit.name}`);
    expect(found('gpl')).toEqual(['licence:Baseband firmware']);
    expect(found('disclosure')).toEqual(['risk:Copyleft firmware']);
    expect(found('counsel')).toEqual(['risk:Copyleft firmware']);
    expect(found('firmware').sort()).toEqual(['licence:Baseband firmware', 'risk:Copyleft firmware']);
    expect(searchRecords(index!, 'baseband')[0]?.vendorName).toBe('Aurora Radio');
  });

  it('abandons a build when newer data arrived meanwhile', async () => {
    expect(
      await buildSearchIndex(
        { vendors: [aurora], dependencies: [packetCore], licences: [], risks: [] },
        () => true,
      ),
    ).toBeNull();
  });
});
