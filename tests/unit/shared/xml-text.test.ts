import { describe, expect, it } from 'vitest';
import {
  answerSchema,
  notesSchema,
  optionalText,
  requiredText,
  settingsSchema,
  tagsSchema,
  vendorInputSchema,
  xmlSafeDeep,
  xmlSafeText,
} from '@shared/domain';

describe('xmlSafeText', () => {
  it('removes C0 controls other than tab, line feed and carriage return', () => {
    const controls = Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).join('');
    expect(xmlSafeText(`a${controls}b`)).toBe('a\t\n\n\n\rb');
  });

  it('removes U+FFFE, U+FFFF and surrogate halves standing alone, keeps pairs and other text', () => {
    expect(xmlSafeText('x\ufffey\uffffz')).toBe('xyz');
    expect(xmlSafeText('lone \ud800high, \udc00low, reversed \udc00\ud800.')).toBe(
      'lone high, low, reversed .',
    );
    expect(xmlSafeText('Réseau 5G 😀 — ÉTSI ﷐ \ufffd\u007f\u0085')).toBe(
      'Réseau 5G 😀 — ÉTSI ﷐ \ufffd\u007f\u0085',
    );
  });

  it('turns Word’s pasted line and page breaks (vertical tab, form feed) into line feeds', () => {
    expect(xmlSafeText('first\u000bsecond\u000cthird')).toBe('first\nsecond\nthird');
  });
});

describe('xmlSafeDeep', () => {
  it('cleans every string of nested data and leaves other values and keys alone', () => {
    const bytes = new Uint8Array([1, 2]);
    const cleaned = xmlSafeDeep({ a: ['x\u0001', { b: 'y\uffff', n: 3, t: true, z: null }], bytes });
    expect(cleaned).toEqual({ a: ['x', { b: 'y', n: 3, t: true, z: null }], bytes });
    expect(cleaned.bytes).toBe(bytes);
  });

  it('keeps an own __proto__ key as an own key', () => {
    const cleaned = xmlSafeDeep(JSON.parse('{"__proto__": "v\\u0001"}') as Record<string, string>);
    expect(Object.hasOwn(cleaned, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(cleaned)).toBe(Object.prototype);
    expect(cleaned['__proto__']).toBe('v');
  });
});

describe('text schemas', () => {
  it('store text without what XML cannot hold, from a form, an import or a restore alike', () => {
    expect(requiredText(100).parse(' Nokia\u0000\ufffe ')).toBe('Nokia');
    expect(optionalText(100).parse('\u0001\u0002')).toBeUndefined();
    expect(notesSchema.parse('line\u000bbreak\ttab\r\nend\ud800')).toBe('line\nbreak\ttab\r\nend');
    expect(tagsSchema.parse(['core\u0007', 'core'])).toEqual(['core']);
    expect(answerSchema.parse({ value: 'text\uffff', comment: 'ok\u0008' })).toMatchObject({
      value: 'text',
      comment: 'ok',
    });
    expect(
      settingsSchema.parse({ userName: 'Ines\u0000', organisationName: 'Atlantic\u001f' }),
    ).toMatchObject({
      userName: 'Ines',
      organisationName: 'Atlantic',
    });
  });

  it('count the length of what is stored, and find a name of only such characters empty', () => {
    expect(requiredText(5).safeParse('abcde\u0001\u0002').success).toBe(true);
    const result = vendorInputSchema.safeParse({
      name: '\u0001\ufffe',
      hqCountry: 'FR',
      ownership: 'private',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.find((issue) => issue.path[0] === 'name')?.message).toBe(
      'validation.required',
    );
  });
});
