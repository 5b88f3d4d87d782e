import { describe, expect, it } from 'vitest';
import { licenceClass, licenceObligations, parseSpdx } from '@shared/domain';
import { knownSpdxIds, spdxLicences } from '@shared/domain/spdx-licences';

describe('the curated licence table', () => {
  it('covers the common licences under identifiers the SPDX parser accepts', () => {
    expect(Object.keys(spdxLicences).length).toBeGreaterThanOrEqual(60);
    expect(knownSpdxIds.filter((id) => !parseSpdx(id).ok)).toEqual([]);
  });
});

describe('parseSpdx', () => {
  it('accepts compound expressions and returns their structure', () => {
    expect(parseSpdx('(MIT OR Apache-2.0) AND BSD-3-Clause')).toEqual({
      ok: true,
      ast: {
        conjunction: 'and',
        left: { conjunction: 'or', left: { license: 'MIT' }, right: { license: 'Apache-2.0' } },
        right: { license: 'BSD-3-Clause' },
      },
    });
    expect(parseSpdx('GPL-2.0-only WITH Classpath-exception-2.0')).toEqual({
      ok: true,
      ast: { license: 'GPL-2.0-only', exception: 'Classpath-exception-2.0' },
    });
  });

  it.each([
    ['GPL 2', 'GPL-2.0-only'],
    ['apache2', 'Apache-2.0'],
    ['mit', 'MIT'],
    ['MIT and apache2', 'MIT AND Apache-2.0'],
    ['(mit OR gplv2) AND bsd 3', '(MIT OR GPL-2.0-only) AND BSD-3-Clause'],
    ['lgpl 2.1', 'LGPL-2.1-only'],
    ['MIT AND', 'MIT'],
    ['(mit', 'MIT'],
    ['postgresql', 'PostgreSQL'],
    ['gpl-2.0-only with classpath-exception-2.0', 'GPL-2.0-only WITH Classpath-exception-2.0'],
    ['GPL 2 WITH gcc exception 3.1', 'GPL-2.0-only WITH GCC-exception-3.1'],
  ])('refuses %j and suggests %j', (expression, suggestion) => {
    expect(parseSpdx(expression)).toEqual({
      ok: false,
      message: 'validation.spdxInvalidSuggestion',
      suggestion,
    });
  });

  it.each([
    ['an empty expression', ''],
    ['an operator alone', 'OR'],
    ['two operators in a row', 'MIT OR OR Apache-2.0'],
    ['two licences without an operator, which cannot be guessed', 'MIT Apache-2.0'],
    ['an exception SPDX does not list, rather than dropping it', 'MIT WITH Foo-exception'],
    ['a licence name that resembles no SPDX licence', 'Some Vendor EULA'],
  ])('refuses %s without a suggestion', (_, expression) => {
    expect(parseSpdx(expression)).toEqual({ ok: false, message: 'validation.spdxInvalid' });
  });
});

describe('licenceClass', () => {
  it.each([
    ['MIT', 'permissive'],
    ['Apache-2.0', 'permissive'],
    ['MPL-2.0', 'weak-copyleft'],
    ['LGPL-2.1-or-later', 'weak-copyleft'],
    ['GPL-3.0-only', 'strong-copyleft'],
    ['EUPL-1.2', 'strong-copyleft'],
    ['AGPL-3.0-or-later', 'network-copyleft'],
    ['SSPL-1.0', 'network-copyleft'],
    ['BUSL-1.1', 'proprietary'],
  ])('classes %s as %s', (expression, expected) => {
    expect(licenceClass(expression)).toBe(expected);
  });

  it('takes the least demanding branch of an OR', () => {
    expect(licenceClass('GPL-2.0-only OR MIT')).toBe('permissive');
    expect(licenceClass('AGPL-3.0-only OR LGPL-3.0-only')).toBe('weak-copyleft');
    expect(licenceClass('GPL-3.0-only OR BUSL-1.1')).toBe('strong-copyleft');
  });

  it('takes the most demanding part of an AND', () => {
    expect(licenceClass('MIT AND GPL-2.0-only')).toBe('strong-copyleft');
    expect(licenceClass('MPL-2.0 AND BSD-3-Clause')).toBe('weak-copyleft');
    expect(licenceClass('AGPL-3.0-only AND BUSL-1.1')).toBe('proprietary');
  });

  it('reads nested brackets', () => {
    expect(licenceClass('(MIT OR GPL-3.0-only) AND (LGPL-2.1-only OR AGPL-3.0-only)')).toBe('weak-copyleft');
    expect(licenceClass('MIT OR (GPL-3.0-only AND Apache-2.0)')).toBe('permissive');
    expect(licenceClass('(MIT AND (EPL-2.0 OR GPL-2.0-or-later)) AND ISC')).toBe('weak-copyleft');
  });

  it('lowers strong copyleft to weak copyleft with a linking exception, and only then', () => {
    expect(licenceClass('GPL-2.0-only WITH Classpath-exception-2.0')).toBe('weak-copyleft');
    expect(licenceClass('GPL-3.0-or-later WITH GCC-exception-3.1')).toBe('weak-copyleft');
    expect(licenceClass('GPL-2.0-only WITH Linux-syscall-note')).toBe('strong-copyleft');
    expect(licenceClass('Apache-2.0 WITH LLVM-exception')).toBe('permissive');
    expect(licenceClass('AGPL-3.0-only WITH Classpath-exception-2.0')).toBe('network-copyleft');
  });

  it('classes LicenseRef- and identifiers outside the table as unknown', () => {
    expect(licenceClass('LicenseRef-Acme-Proprietary')).toBe('unknown');
    expect(licenceClass('DocumentRef-sbom:LicenseRef-vendor')).toBe('unknown');
    expect(licenceClass('Glulxe')).toBe('unknown');
  });

  it('lets a known OR branch win over an unknown one, and an unknown AND part make the whole unknown', () => {
    expect(licenceClass('LicenseRef-Acme OR GPL-3.0-only')).toBe('strong-copyleft');
    expect(licenceClass('LicenseRef-Acme OR LicenseRef-Other')).toBe('unknown');
    expect(licenceClass('MIT AND LicenseRef-Acme')).toBe('unknown');
    expect(licenceClass('BUSL-1.1 AND LicenseRef-Acme')).toBe('unknown');
  });

  it('reads deprecated identifiers and "+" as the licence they name', () => {
    expect(licenceClass('GPL-2.0')).toBe('strong-copyleft');
    expect(licenceClass('GPL-2.0+')).toBe('strong-copyleft');
    expect(licenceClass('LGPL-2.1')).toBe('weak-copyleft');
    expect(licenceClass('LGPL-2.1+ OR MIT')).toBe('permissive');
    expect(licenceClass('AGPL-3.0')).toBe('network-copyleft');
    expect(licenceClass('GPL-2.0-with-classpath-exception')).toBe('weak-copyleft');
  });

  it('classes an invalid expression as unknown', () => {
    expect(licenceClass('MIT AND')).toBe('unknown');
    expect(licenceClass('GPL 2')).toBe('unknown');
    expect(licenceClass('')).toBe('unknown');
  });
});

describe('licenceObligations', () => {
  it('lists what a single licence asks', () => {
    expect(licenceObligations('CC0-1.0')).toEqual([]);
    expect(licenceObligations('MIT')).toEqual(['notice']);
    expect(licenceObligations('AGPL-3.0-only')).toEqual([
      'notice',
      'state-changes',
      'source-disclosure',
      'same-licence',
      'network-use',
      'installation-information',
    ]);
  });

  it('follows the branch an OR lets the user choose, the lighter one when both share a class', () => {
    expect(licenceObligations('GPL-3.0-only OR MIT')).toEqual(['notice']);
    expect(licenceObligations('Apache-2.0 OR MIT')).toEqual(['notice']);
    expect(licenceObligations('LicenseRef-Acme OR MPL-2.0')).toEqual([
      'notice',
      'source-disclosure',
      'same-licence',
    ]);
  });

  it('adds up the obligations of every part of an AND', () => {
    expect(licenceObligations('Apache-2.0 AND BUSL-1.1')).toEqual([
      'notice',
      'state-changes',
      'use-restrictions',
    ]);
    expect(licenceObligations('MIT AND LicenseRef-Acme')).toEqual(['notice']);
  });

  it('has none for an invalid expression', () => {
    expect(licenceObligations('GPL 2')).toEqual([]);
  });
});
