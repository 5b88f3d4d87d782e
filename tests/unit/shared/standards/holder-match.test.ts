import { describe, expect, it } from 'vitest';
import { matchHolders, type DeclaredHolder, type MatchableVendor } from '@shared/domain/standards';

const holder = (key: string, name: string): DeclaredHolder => ({ key, name, spellings: [], families: 1 });

const vendors: MatchableVendor[] = [
  { id: 'v-huawei', name: 'Huawei', legalName: 'Huawei Technologies Co., Ltd.' },
  { id: 'v-nokia', name: 'Nokia', aliases: ['Nokia Technologies Oy', 'NOKIA CORPORATION'] },
  { id: 'v-ericsson', name: 'Ericsson' },
  { id: 'v-zte-1', name: 'ZTE Corporation' },
  { id: 'v-zte-2', name: 'ZTE' },
  { id: 'v-samsung', name: 'Samsung' },
];

describe('matching declaring companies to vendors', () => {
  it('matches by normalised name, legal name or alias, saying which', () => {
    const [huawei, nokia, ericsson] = matchHolders(
      [
        holder('huawei technologies', 'HUAWEI TECHNOLOGIES CO.,LTD'),
        holder('nokia technologies', 'Nokia Technologies Oy'),
        holder('ericsson', 'Telefonaktiebolaget LM Ericsson'), // key as the reader made it from "Ericsson AB"
      ],
      vendors,
    );
    expect(huawei).toMatchObject({
      status: 'matched',
      vendorId: 'v-huawei',
      evidence: { field: 'legalName', matchedAs: 'Huawei Technologies Co., Ltd.', how: 'exact' },
    });
    expect(nokia).toMatchObject({
      status: 'matched',
      vendorId: 'v-nokia',
      evidence: { field: 'alias', matchedAs: 'Nokia Technologies Oy', how: 'exact' },
    });
    expect(ericsson).toMatchObject({
      status: 'matched',
      vendorId: 'v-ericsson',
      evidence: { field: 'name' },
    });
  });

  it('leaves the choice to the user when two vendors match, and only suggests a vendor named by the first words', () => {
    const [zte, samsung, ztek, interdigital] = matchHolders(
      [
        holder('zte', 'ZTE Corporation'),
        holder('samsung electronics', 'Samsung Electronics Co., Ltd.'),
        holder('ztek systems', 'ZTEK Systems Inc.'),
        holder('interdigital', 'InterDigital, Inc.'),
      ],
      vendors,
    );
    expect(zte).toMatchObject({
      status: 'ambiguous',
      candidates: [
        { vendorId: 'v-zte-1', field: 'name', matchedAs: 'ZTE Corporation' },
        { vendorId: 'v-zte-2', field: 'name', matchedAs: 'ZTE' },
      ],
    });
    expect(samsung).toMatchObject({
      status: 'suggested',
      candidates: [{ vendorId: 'v-samsung', field: 'name', matchedAs: 'Samsung', how: 'leading' }],
    });
    // Whole words only: "ZTEK" is not "ZTE".
    expect(ztek).toMatchObject({ status: 'unmatched' });
    expect(interdigital).toMatchObject({ status: 'unmatched', holderIndex: 3 });
  });

  it('takes a vendor matching by several names once, by its best one', () => {
    const [match] = matchHolders(
      [holder('nokia', 'Nokia Corporation')],
      [{ id: 'v', name: 'Nokia Oyj', legalName: 'Nokia Corporation', aliases: ['Nokia'] }],
    );
    expect(match).toMatchObject({ status: 'matched', evidence: { field: 'name', matchedAs: 'Nokia Oyj' } });
  });
});
