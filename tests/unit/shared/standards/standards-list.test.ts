import { describe, expect, it } from 'vitest';
import {
  builtInStandardEntries,
  builtInStandards,
  changedStandardEntries,
  duplicateStandard,
  standardsListSchema,
  standardTitle,
  withBuiltInsRestored,
  withStandardEntry,
  type StandardListEntry,
} from '@shared/domain/standards';

const rrc = builtInStandardEntries.find((entry) => entry.id === 'TS 38.331') as StandardListEntry;
const oran: StandardListEntry = {
  id: 'own-1',
  number: 'O-RAN.WG4.CUS.0',
  title: 'Open fronthaul',
  generation: '5G',
  domain: 'ran',
};

describe('the editable reference list of standards', () => {
  it('starts as the built-in entries, each with its built-in number as id', () => {
    expect(builtInStandardEntries.map((entry) => entry.number)).toEqual(
      builtInStandards.map((standard) => standard.number),
    );
    expect(builtInStandardEntries.every((entry) => entry.id === entry.number)).toBe(true);
    expect(standardsListSchema.safeParse({ entries: builtInStandardEntries }).success).toBe(true);
  });

  it('finds a number listed already in another spelling, but not the entry being edited', () => {
    expect(duplicateStandard(builtInStandardEntries, '3GPP TS 38.331', undefined)?.id).toBe('TS 38.331');
    expect(duplicateStandard(builtInStandardEntries, 'ETSI TS 138 331', 'own-1')?.id).toBe('TS 38.331');
    expect(duplicateStandard(builtInStandardEntries, 'ts 38.331', 'TS 38.331')).toBeUndefined();
    expect(duplicateStandard(builtInStandardEntries, 'TS 38.999', undefined)).toBeUndefined();
  });

  it('refuses a stored list naming one number twice, with the message on the second entry', () => {
    const result = standardsListSchema.safeParse({
      entries: [...builtInStandardEntries, { ...oran, number: '3gpp ts 38.331' }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.message, issue.path])).toEqual([
      ['validation.duplicateStandard', ['entries', builtInStandardEntries.length, 'number']],
    ]);
  });

  it('edits an entry in place and adds a new one at the end', () => {
    const edited = withStandardEntry(builtInStandardEntries, { ...rrc, title: 'RRC, ours' });
    expect(edited).toHaveLength(builtInStandardEntries.length);
    expect(edited.indexOf(edited.find((entry) => entry.id === rrc.id) as StandardListEntry)).toBe(
      builtInStandardEntries.indexOf(rrc),
    );
    expect(edited.find((entry) => entry.id === rrc.id)?.title).toBe('RRC, ours');
    expect(withStandardEntry(builtInStandardEntries, oran).at(-1)).toBe(oran);
  });

  it('restores deleted built-ins only: edits kept, a number listed again not added twice', () => {
    const renumbered = { ...rrc, number: 'TS 38.331-1' };
    const relisted: StandardListEntry = { ...oran, number: 'TS 38.211' };
    const list = withStandardEntry(
      builtInStandardEntries.filter((entry) => !['TS 38.211', 'TS 23.501'].includes(entry.id)),
      renumbered,
    ).concat(relisted);
    const restored = withBuiltInsRestored(list);
    expect(restored.slice(list.length).map((entry) => entry.id)).toEqual(['TS 23.501']);
    expect(restored.find((entry) => entry.id === rrc.id)?.number).toBe('TS 38.331-1');
    expect(withBuiltInsRestored(builtInStandardEntries)).toEqual(builtInStandardEntries);
  });

  it('gives the entries that changed, before and after, by id', () => {
    const after = withStandardEntry(
      builtInStandardEntries.filter((entry) => entry.id !== 'TS 23.501'),
      { ...rrc, generation: '4G' },
    ).concat(oran);
    const [before, now] = changedStandardEntries(builtInStandardEntries, after);
    expect(before.map((entry) => entry.id)).toEqual(['TS 38.331', 'TS 23.501']);
    expect(now.map((entry) => [entry.id, entry.generation])).toEqual([
      ['TS 38.331', '4G'],
      ['own-1', '5G'],
    ]);
  });

  it('words a built-in title in French until the user rewrites it; the user’s title as written', () => {
    expect(standardTitle(rrc, 'fr')).toBe('NR : contrôle des ressources radio (RRC)');
    expect(standardTitle(rrc, 'en')).toBe('NR radio resource control (RRC)');
    expect(standardTitle({ ...rrc, number: 'TS 38.331-1' }, 'fr')).toBe(
      'NR : contrôle des ressources radio (RRC)',
    );
    expect(standardTitle({ ...rrc, title: 'RRC maison' }, 'fr')).toBe('RRC maison');
    expect(standardTitle(oran, 'fr')).toBe('Open fronthaul');
  });
});
