import { beforeAll, describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { readImportFile } from '@shared/import';
import { loadExcelJs } from '@shared/import/libraries';
import { inflateEntry } from '@shared/files/zip-inflate';
import { readZipDirectory } from '@shared/files/zip-directory';
import { editPart, FIRST_SHEET, timed, vendorWorkbook } from './hostile-xlsx';

beforeAll(async () => {
  await loadExcelJs();
});

const archive = () =>
  zipSync({
    'stored.txt': [strToU8('stored as it is'), { level: 0 }],
    'folder/deflated.xml': strToU8(`<a>${'text '.repeat(1000)}</a>`),
  });

describe('the zip directory', () => {
  it('lists each entry with its compression and sizes, and inflates it to its declared size', () => {
    const bytes = archive();
    const directory = readZipDirectory(bytes, 10);
    if (!directory.ok) throw new Error('expected a directory');
    expect(
      directory.entries.map(({ name, compression, originalSize }) => [name, compression, originalSize]),
    ).toEqual([
      ['stored.txt', 0, 15],
      ['folder/deflated.xml', 8, 5007],
    ]);
    const inflated = directory.entries.map((entry) => inflateEntry(bytes, entry));
    expect(inflated.map((entry) => entry.ok && new TextDecoder().decode(entry.data).slice(0, 15))).toEqual([
      'stored as it is',
      '<a>text text te',
    ]);
  });

  it('reads an archive that ends with a comment', () => {
    const bytes = archive();
    const comment = strToU8('saved by a spreadsheet program');
    const withComment = new Uint8Array([...bytes, ...comment]);
    new DataView(withComment.buffer).setUint16(bytes.length - 2, comment.length, true);
    const directory = readZipDirectory(withComment, 10);
    expect(directory.ok && directory.entries.map((entry) => entry.name)).toEqual([
      'stored.txt',
      'folder/deflated.xml',
    ]);
  });

  it('says an archive is unreadable when it is cut short, and refuses too many entries before listing them', () => {
    const bytes = archive();
    expect(readZipDirectory(bytes.subarray(0, bytes.length - 30), 10)).toEqual({
      ok: false,
      reason: 'unreadable',
    });
    expect(readZipDirectory(bytes.subarray(0, 40), 10)).toEqual({ ok: false, reason: 'unreadable' });
    expect(readZipDirectory(bytes, 1)).toEqual({ ok: false, reason: 'tooManyEntries', count: 2 });
  });
});

describe('an XLSX file damaged at random', () => {
  it('is read or refused, never thrown on, and in a moment', async () => {
    const valid = await vendorWorkbook();
    let seed = 7;
    const random = (below: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      return seed % below;
    };
    for (let round = 0; round < 150; round += 1) {
      const damaged = valid.slice();
      for (let change = 0; change < 1 + random(8); change += 1) damaged[random(damaged.length)] = random(256);
      const { result, ms } = await timed(() => readImportFile(damaged));
      expect(typeof result.ok).toBe('boolean');
      expect(ms).toBeLessThan(2_000);
    }
  });

  it('is read or refused in a moment when its sheet’s XML is changed at random', async () => {
    const valid = await vendorWorkbook();
    const characters = '<>/="\'&;#x09rcA:!-[]?';
    let seed = 13;
    const random = (below: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      return seed % below;
    };
    for (let round = 0; round < 60; round += 1) {
      const damaged = editPart(valid, FIRST_SHEET, (xml) => {
        let text = xml;
        for (let change = 0; change < 1 + random(4); change += 1) {
          const at = random(text.length);
          text = `${text.slice(0, at)}${characters[random(characters.length)] ?? ''}${text.slice(at + random(2))}`;
        }
        return text;
      });
      const { result, ms } = await timed(() => readImportFile(damaged));
      expect(typeof result.ok).toBe('boolean');
      expect(ms).toBeLessThan(2_000);
    }
  });
});
