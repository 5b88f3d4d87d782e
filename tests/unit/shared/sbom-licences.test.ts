import { describe, expect, it } from 'vitest';
import { licenceClass } from '@shared/domain';
import { normaliseLicenceName, spdxIdForName } from '@shared/domain/spdx-names';
import { summariseSbom } from '@shared/sbom';
import { cycloneDx, parsed, parseObject, spdx } from '../fixtures/sbom/load';

const licencesOf = (...licenses: unknown[]) =>
  parsed(parseObject(cycloneDx([{ name: 'c', licenses: licenses.map((name) => ({ license: { name } })) }])))
    .components[0]?.licences;

describe('licences given by name', () => {
  it.each([
    ['Apache License 2.0', 'Apache-2.0'],
    ['The Apache Software License, Version 2.0', 'Apache-2.0'],
    ['Apache License, Version 2.0', 'Apache-2.0'],
    ['GNU Lesser General Public License, Version 2.1', 'LGPL-2.1'],
    ['GNU General Public License v2.0 or later', 'GPL-2.0-or-later'],
    ['MIT License', 'MIT'],
    ['The MIT License', 'MIT'],
    ['BSD 3-Clause', 'BSD-3-Clause'],
    ['BSD 3-Clause "New" or "Revised" License', 'BSD-3-Clause'],
    ['Eclipse Public License - v 1.0', 'EPL-1.0'],
    ['Mozilla Public License 2.0', 'MPL-2.0'],
    ['Creative Commons Zero v1.0 Universal', 'CC0-1.0'],
    ['GPL2 w/ CPE', 'GPL-2.0-only WITH Classpath-exception-2.0'],
    ['apache-2.0', 'Apache-2.0'],
  ])('reads %j as %s', (name, id) => {
    expect(spdxIdForName(name)).toBe(id);
    expect(licencesOf(name)).toEqual([id]);
  });

  it('keeps the vagueness of a GNU name without "only" or "or later", with its class', () => {
    expect(spdxIdForName('GNU General Public License, version 2')).toBe('GPL-2.0');
    expect(licenceClass('GPL-2.0')).toBe('strong-copyleft');
  });

  it.each([
    'Apache License',
    'BSD License',
    'GPL',
    'Public Domain',
    'Apache License 2.0 (modified)',
    'Acme EULA',
  ])('leaves %j as written: it names no one licence exactly', (name) => {
    expect(spdxIdForName(name)).toBeUndefined();
    expect(licencesOf(name)).toEqual([name]);
  });

  it('normalises case, quotes, punctuation, "licence" and "version", nothing else', () => {
    expect(normaliseLicenceName('The  "Apache" Licence, Version 2.0')).toBe('apache license 2.0');
    expect(normaliseLicenceName('GPL-2.0+')).toBe('gpl 2.0+');
  });

  it('keeps a licence named twice, by id and by name, once', () => {
    const result = parsed(
      parseObject(
        cycloneDx([
          { name: 'c', licenses: [{ license: { id: 'MIT' } }, { license: { name: 'MIT License' } }] },
        ]),
      ),
    );
    expect(result.components[0]?.licences).toEqual(['MIT']);
  });
});

describe('several licences in one field', () => {
  it('reads a list as several licences, all of which apply', () => {
    expect(licencesOf('MIT/Apache-2.0')).toEqual(['MIT', 'Apache-2.0']);
    expect(licencesOf('MIT, BSD 3-Clause; ISC')).toEqual(['MIT', 'BSD-3-Clause', 'ISC']);
    expect(licencesOf('Apache License 2.0 and MIT License')).toEqual(['Apache-2.0', 'MIT']);
  });

  it('reads "or" as a choice', () => {
    expect(licencesOf('MIT or Apache License 2.0')).toEqual(['MIT OR Apache-2.0']);
    expect(licencesOf('GPL2 w/ CPE or MIT')).toEqual(['(GPL-2.0-only WITH Classpath-exception-2.0) OR MIT']);
  });

  it('keeps a list whole when a part is neither SPDX nor a known name', () => {
    expect(licencesOf('MIT/Acme EULA')).toEqual(['MIT/Acme EULA']);
    expect(licencesOf('MIT or Acme EULA')).toEqual(['MIT or Acme EULA']);
  });

  it('classes a component under a list by its most demanding licence, so none is overlooked', () => {
    const { components } = parsed(
      parseObject(cycloneDx([{ name: 'c', licenses: [{ license: { name: 'MIT/GPL-2.0-only' } }] }])),
    );
    const summary = summariseSbom(components, licenceClass);
    expect(summary.byClass).toEqual({ 'strong-copyleft': 1 });
    expect(summary.copyleft.map((component) => component.name)).toEqual(['c']);
  });

  it('reads an SPDX licence field written as a name the same way', () => {
    const result = parsed(
      parseObject(spdx([{ SPDXID: 'SPDXRef-p', name: 'p', licenseDeclared: 'Apache License, Version 2.0' }])),
    );
    expect(result.components[0]?.licences).toEqual(['Apache-2.0']);
  });
});

describe('licences a scanner observed', () => {
  const evidence = { licenses: [{ license: { id: 'BSD-2-Clause' } }] };

  it('reads evidence.licenses when the component declares none', () => {
    const withEvidence = (component: object) =>
      parsed(parseObject(cycloneDx([{ name: 'c', ...component, evidence }]))).components[0]?.licences;
    expect(withEvidence({})).toEqual(['BSD-2-Clause']);
    expect(withEvidence({ licenses: [] })).toEqual(['BSD-2-Clause']);
    expect(withEvidence({ licenses: [{ license: { id: 'MIT' } }] })).toEqual(['MIT']);
  });

  it('reads them in a 1.3 file, where evidence first appeared', () => {
    // 1.2 and 1.3 also require a version.
    const result = parsed(parseObject(cycloneDx([{ name: 'c', version: '1.0', evidence }], '1.3')));
    expect(result.components[0]?.licences).toEqual(['BSD-2-Clause']);
  });
});
