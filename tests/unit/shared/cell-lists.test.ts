import { describe, expect, it } from 'vitest';
import { readItems, splitItems, writeItems, writeRecords } from '@shared/import';

describe('cells holding several values', () => {
  it('read as a user types them: items by ";", parts by "|" or ":", trimmed, blanks dropped', () => {
    expect(splitItems(' FI ;SE;; ')).toEqual(['FI', 'SE']);
    expect(readItems('Anna|Sales||+33 1; Bob', '|', 4)).toEqual([['Anna', 'Sales', '', '+33 1'], ['Bob']]);
    // The last part takes the rest, separators included: a note may hold a colon.
    expect(readItems('fcc-covered:2021-03-12:Note: see the order', ':', 3)).toEqual([
      ['fcc-covered', '2021-03-12', 'Note: see the order'],
    ]);
    // A backslash before anything but a separator is an ordinary character.
    expect(splitItems('C:\\temp; \\d')).toEqual(['C:\\temp', '\\d']);
  });

  it('write any list so that it reads back as it was, separators and backslashes included', () => {
    const lists = [
      ['FI', 'SE'],
      ['R;D', 'a; b;'],
      ['share\\', '\\;', 'C:\\temp', 'a\\\\b', '\\'],
      ['x|y', 'z:w'],
    ];
    for (const values of lists) expect(splitItems(writeItems(values))).toEqual(values);
    expect(writeItems(['FI', 'SE'])).toBe('FI; SE');
    expect(writeItems(['R;D'])).toBe('R\\;D');
  });

  it('write records part by part, absent parts empty and trailing ones left out', () => {
    const contacts = [
      ['Anna Virtanen', 'Account manager', 'anna@example.com', '+358 40 123 4567'],
      ['Support desk', undefined, undefined, '+358 9 000'],
      ['Bob', undefined, undefined, undefined],
    ];
    expect(writeRecords(contacts, '|')).toBe(
      'Anna Virtanen|Account manager|anna@example.com|+358 40 123 4567; Support desk|||+358 9 000; Bob',
    );
    const awkward = [
      ['CERT|1', 'a;b', 'end\\'],
      ['Watch list', '2024-02-01', 'Note: see; two parts'],
    ];
    expect(readItems(writeRecords(awkward, '|'), '|', 3)).toEqual(awkward);
    expect(readItems(writeRecords(awkward, ':'), ':', 3)).toEqual(awkward);
  });
});
