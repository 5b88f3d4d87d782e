import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { inflateEntry } from '@shared/files/zip-inflate';
import { readZipDirectory } from '@shared/files/zip-directory';

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

  it('refuses, without throwing, an entry whose local header is said to lie far past the end', () => {
    const bytes = archive();
    const view = new DataView(bytes.buffer);
    const directoryOffset = view.getUint32(bytes.length - 6, true);
    // The first central record's "offset of local header" field, pointed ~1.9 GB away.
    view.setUint32(directoryOffset + 42, 0x70000000, true);
    expect(readZipDirectory(bytes, 10)).toEqual({ ok: false, reason: 'unreadable' });
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
