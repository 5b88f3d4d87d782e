import { describe, expect, it } from 'vitest';
import {
  buildReferenceIndex,
  matchReferenceEntries,
  normaliseCompanyName,
  referenceEntrySchema,
  referenceSuggestions,
  type ReferenceEntry,
  type Vendor,
} from '@shared/domain';
import { fccCoveredList } from '@shared/reference/fcc-covered-list';

const timestamp = '2026-01-15T09:00:00.000Z';
const builtIns: ReferenceEntry[] = fccCoveredList.map((entry) =>
  referenceEntrySchema.parse({ ...entry, createdAt: timestamp, updatedAt: timestamp }),
);
const index = buildReferenceIndex(builtIns);

const vendor = (name: string, extra: Partial<Pick<Vendor, 'legalName' | 'listings'>> = {}) => ({
  name,
  listings: [],
  ...extra,
});
const matchedNames = (name: string, legalName?: string): string[] =>
  matchReferenceEntries(vendor(name, { legalName }), index).map((match) => match.entry.name);

describe('normaliseCompanyName', () => {
  it.each([
    ['Huawei Technologies Co., Ltd.', 'huawei technologies'],
    ['HUAWEI TECHNOLOGIES COMPANY', 'huawei technologies'],
    ['Société Générale S.A.', 'societe generale'],
    ['Procter & Gamble Holdings Inc', 'procter and gamble'],
    ['AO Kaspersky Lab', 'kaspersky lab'],
    ['China Telecom (Americas) Corp.', 'china telecom americas'],
    ['Nokia Solutions and Networks Oy', 'nokia solutions and networks'],
    ['Deutsche Telekom AG Group', 'deutsche telekom'],
  ])('reduces %s to %s', (name, expected) => {
    expect(normaliseCompanyName(name)).toBe(expected);
  });

  it('keeps a name made only of legal forms rather than erasing it', () => {
    expect(normaliseCompanyName('Holding Company')).toBe('holding');
  });
});

describe('matchReferenceEntries on the built-in FCC Covered List', () => {
  it.each([
    ['Huawei Technologies Co., Ltd.', 'Huawei Technologies Company'],
    ['huawei', 'Huawei Technologies Company'],
    ['HiSilicon Technologies', 'Huawei Technologies Company'],
    ['ZTE Corp.', 'ZTE Corporation'],
    ['ZTE USA Inc', 'ZTE Corporation'],
    ['Hikvision Digital Technology', 'Hangzhou Hikvision Digital Technology Company'],
    ['Hangzhou Hikvision Digital Technology Co., Ltd.', 'Hangzhou Hikvision Digital Technology Company'],
    ['Kaspersky Lab UK Ltd', 'AO Kaspersky Lab'],
    ['ComNet (USA), LLC', 'Pacific Networks Corp.'],
    ['China Unicom (Americas) Operations Ltd', 'China Unicom (Americas) Operations Limited'],
  ])('flags %s as %s', (name, entryName) => {
    expect(matchedNames(name)).toEqual([entryName]);
  });

  it.each([
    'ZTEK Systems',
    'Nokia',
    'Huaweii Distribution',
    'Telecom Huawei Partners',
    'China Mobile Limited',
    'China Telecom Corporation',
    'Dahuang Foods',
  ])('does not flag %s', (name) => {
    expect(matchedNames(name)).toEqual([]);
  });

  it('says which field matched and under which name of the entry', () => {
    const [match] = matchReferenceEntries(
      vendor('Shenzhen Networks Partner', { legalName: 'Huawei Technologies Co., Ltd.' }),
      index,
    );
    expect(match).toMatchObject({ field: 'legalName', matchedAs: 'Huawei' });
  });

  it('reports an entry once even when the name and the legal name both match', () => {
    const matches = matchReferenceEntries(vendor('ZTE', { legalName: 'ZTE Corporation' }), index);
    expect(matches.map((match) => [match.entry.name, match.field])).toEqual([['ZTE Corporation', 'name']]);
  });
});

describe('referenceSuggestions', () => {
  it('suggests the listing when the vendor does not carry that list yet', () => {
    const suggestions = referenceSuggestions(vendor('Huawei'), index);
    expect(suggestions.map((match) => match.entry.list)).toEqual(['fcc-covered']);
  });

  it('suggests nothing when the vendor already carries the list', () => {
    const listed = vendor('Huawei', { listings: [{ list: 'fcc-covered', since: '2021-03-12' }] });
    expect(referenceSuggestions(listed, index)).toEqual([]);
  });

  it('suggests a list once even when several of its entries match', () => {
    const both = vendor('Huawei', { legalName: 'ZTE Corporation' });
    expect(matchReferenceEntries(both, index)).toHaveLength(2);
    expect(referenceSuggestions(both, index)).toHaveLength(1);
  });

  it('still suggests another list the vendor is not on', () => {
    const entityList = referenceEntrySchema.parse({
      id: '5b0c3b53-8f0e-4d5c-9d5c-2f0d6f2f6f10',
      list: 'us-entity-list',
      name: 'Huawei Technologies Co., Ltd.',
      createdAt: timestamp,
      updatedAt: timestamp,
    });
    const listed = vendor('Huawei Technologies', { listings: [{ list: 'fcc-covered' }] });
    const suggestions = referenceSuggestions(listed, buildReferenceIndex([...builtIns, entityList]));
    expect(suggestions.map((match) => match.entry.list)).toEqual(['us-entity-list']);
  });
});
