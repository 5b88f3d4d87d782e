import { describe, expect, it } from 'vitest';
import { fileNameProblem, safeFileName } from '@shared/file-name';

const reservedNames = [
  ...['CON', 'PRN', 'AUX', 'NUL'],
  ...Array.from({ length: 9 }, (_, n) => `COM${n + 1}`),
  ...Array.from({ length: 9 }, (_, n) => `LPT${n + 1}`),
];

describe('file names the app suggests', () => {
  it('accepts ordinary names, accents, inner dots and spaces included', () => {
    for (const name of [
      'Board report 2026-11-25.pdf',
      'Évaluation fournisseur.xlsx',
      'v1.2.final.docx',
      '.hidden-ish',
      'CONSOLE.txt',
      'com10.txt',
      'lpt.txt',
      'a'.repeat(255),
    ])
      expect(fileNameProblem(name), name).toBeUndefined();
  });

  it.each(
    reservedNames.flatMap((name) => [
      name,
      name.toLowerCase(),
      `${name}.txt`,
      `${name[0]}${name.slice(1).toLowerCase()}.tar.gz`,
    ]),
  )('refuses the Windows device name %j', (name) => {
    expect(fileNameProblem(name)).toBe('reserved');
  });

  it('refuses device names however Windows would still read them', () => {
    expect(fileNameProblem('CON .pdf')).toBe('reserved');
    expect(fileNameProblem('COM¹.txt')).toBe('reserved');
  });

  it.each([
    ['', 'empty'],
    ['a'.repeat(256), 'tooLong'],
    ['.', 'dots'],
    ['..', 'dots'],
    ['../report.pdf', 'folder'],
    ['reports/2026.pdf', 'folder'],
    ['..\\..\\Windows\\win.ini', 'folder'],
    ['C:report.pdf', 'forbidden'],
    ['report.pdf:hidden', 'forbidden'],
    ['what?.pdf', 'forbidden'],
    ['a*b.pdf', 'forbidden'],
    ['"quoted".pdf', 'forbidden'],
    ['a<b>.pdf', 'forbidden'],
    ['a|b.pdf', 'forbidden'],
    ['report\u0000.pdf', 'control'],
    ['report\n.pdf', 'control'],
    ['report\t.pdf', 'control'],
    ['report\u007f.pdf', 'control'],
    ['report\u0085.pdf', 'control'],
    ['invoice\u202Efdp.exe', 'bidi'],
    ...[
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
      '\u200E',
      '\u200F',
    ].map((mark) => [`report${mark}.pdf`, 'bidi']),
    ['report.pdf.', 'trailing'],
    ['report.pdf ', 'trailing'],
    ['report...', 'trailing'],
  ])('refuses %j (%s)', (name, problem) => {
    expect(fileNameProblem(name)).toBe(problem);
  });
});

describe('safeFileName', () => {
  it('keeps a harmless name as it is', () => {
    expect(safeFileName('Board report')).toBe('Board report');
  });

  it('turns any text into a name the save dialog accepts', () => {
    const hostile = [
      '../../etc/passwd',
      'C:\\Windows\\system32',
      'invoice\u202Efdp.exe',
      'CON',
      'nul.txt',
      'Lpt1 .pdf',
      'report. . .',
      '   ',
      '.',
      '..',
      '\u0000\u0001',
      'a:b*c?d"e<f>g|h',
      '\u2066\u2069',
      `${'x'.repeat(199)}.`,
      'x'.repeat(1000),
    ];
    for (const text of hostile) {
      const name = safeFileName(text, 'report');
      expect(fileNameProblem(name), `${JSON.stringify(text)} → ${JSON.stringify(name)}`).toBeUndefined();
    }
  });

  it('says what it did to each kind of problem', () => {
    expect(safeFileName('../../etc/passwd')).toBe('..-..-etc-passwd');
    expect(safeFileName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    expect(safeFileName('nul.txt')).toBe('_nul.txt');
    expect(safeFileName('Q3 review...')).toBe('Q3 review');
    expect(safeFileName('..', 'report')).toBe('report');
    expect(safeFileName('x'.repeat(300))).toHaveLength(200);
  });
});
