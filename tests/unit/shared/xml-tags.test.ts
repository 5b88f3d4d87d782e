import { describe, expect, it } from 'vitest';
import { attribute, scanTags, type XmlTag } from '@shared/files/xml-tags';

const firstTag = (xml: string): XmlTag => {
  let found: XmlTag | undefined;
  scanTags(xml, (tag) => {
    found ??= tag;
    return true;
  });
  if (!found) throw new Error('no tag');
  return found;
};

describe('reading an attribute of a tag from outside', () => {
  it('reads quoted values in either quotes, spaces around =, entities decoded', () => {
    const xml = `<Relationship Id = 'rId1' Target="worksheets/sheet1.xml" Note="a &amp; b"/>`;
    const tag = firstTag(xml);
    expect(attribute(xml, tag, 'Id')).toBe('rId1');
    expect(attribute(xml, tag, 'Target')).toBe('worksheets/sheet1.xml');
    expect(attribute(xml, tag, 'Note')).toBe('a & b');
    expect(attribute(xml, tag, 'Type')).toBeUndefined();
  });

  it('does not take a name inside another value for an attribute', () => {
    const xml = `<sheet name='Id="x"' Id="real"/>`;
    expect(attribute(xml, firstTag(xml), 'Id')).toBe('real');
  });

  it('reads a tag holding 200 KB of text without "=" in a moment (a pattern took seconds)', () => {
    const xml = `<Relationship Id="rId1" ${'x'.repeat(200_000)}/>`;
    const started = performance.now();
    expect(attribute(xml, firstTag(xml), 'Target')).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(200);
  });
});
