import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { declareSize } from '../shared/hostile-xlsx';
import { nonCharacters } from './hostile-values';
import { mutateBytes } from './mutate-bytes';
import type { SeededRandom } from './seeded-random';

/** XML an attacker writes into a sheet: far rows and columns, whole-sheet ranges, entity bombs, huge text. */
const hostileXml = (random: SeededRandom): string =>
  random.pick([
    () => `<row r="${2_147_483_000 + random.below(600)}"><c r="A1"><v>1</v></c></row>`,
    () =>
      `<row r="${1_048_577 + random.below(10)}"><c r="XFE${random.below(9)}" t="inlineStr"><is><t>x</t></is></c></row>`,
    () => `<cols><col min="1" max="${100_000_000 + random.below(9)}" width="9"/></cols>`,
    () => '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
    () => '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>',
    () => `<c r="B2" t="d"><v>${random.pick(['2026-02-30', 'not a date', '9'.repeat(400)])}</v></c>`,
    () => `<c r="C2" t="s"><v>${random.pick(['-1', '99999999', '1e309'])}</v></c>`,
    () => `<c r="D2" t="inlineStr"><is><t>${'x'.repeat(random.below(100_000))}</t></is></c>`,
    () => random.pick(nonCharacters).repeat(1 + random.below(10)),
    () => '<'.repeat(1 + random.below(50)),
  ])();

/** One change inside a workbook's XML, the archive rebuilt around it as a crafted file would be. */
const mutatePart = (bytes: Uint8Array, random: SeededRandom): Uint8Array => {
  const parts = unzipSync(bytes);
  const names = Object.keys(parts).filter((name) => name.endsWith('.xml') || name.endsWith('.rels'));
  const name = random.pick(names);
  const xml = strFromU8(parts[name] ?? new Uint8Array());
  const at = random.below(xml.length + 1);
  const edited = random.chance(0.7)
    ? `${xml.slice(0, at)}${hostileXml(random)}${xml.slice(at)}`
    : `${xml.slice(0, at)}${xml.slice(at + 1 + random.below(40))}`;
  parts[name] = strToU8(edited);
  return zipSync(parts, { level: random.chance(0.5) ? 0 : 6 });
};

let inflationBomb: Uint8Array | undefined;

/** 64 MB of a sheet that compresses to a few kilobytes: built once, it costs a moment. */
const bomb = (seed: Uint8Array): Uint8Array => {
  if (!inflationBomb) {
    const parts = unzipSync(seed);
    parts['xl/worksheets/sheet1.xml'] = new Uint8Array(64 * 1024 * 1024).fill(0x20);
    inflationBomb = zipSync(parts, { level: 9 });
  }
  return inflationBomb;
};

/** An archive whose directory lies about a part's inflated size, too small or far too large. */
const lyingSize = (seed: Uint8Array, random: SeededRandom): Uint8Array => {
  const part = random.pick(Object.keys(unzipSync(seed)));
  return declareSize(seed, part, random.pick([0, 1, 0x7fffffff, 0xffffffff, 1 + random.below(1_000)]));
};

/**
 * A workbook damaged as bytes (a corrupt download), as XML (a crafted file with a valid archive), or as a
 * bomb: a part that inflates far past its size, or a directory that lies about it.
 */
export const mutateXlsx = (seed: Uint8Array, random: SeededRandom): { bytes: Uint8Array; how: string } => {
  const roll = random.next();
  if (roll < 0.02) return { bytes: bomb(seed), how: 'inflation bomb' };
  if (roll < 0.1) return { bytes: lyingSize(seed, random), how: 'declared size' };
  if (roll < 0.45) return { bytes: mutateBytes(seed, random), how: 'bytes' };
  return { bytes: mutatePart(seed, random), how: 'xml' };
};
