import { describe, expect, it } from 'vitest';
import { parseSbom } from '@shared/sbom';
import { dependencyId, fixtureBytes, parsed, parseObject, refused, spdx } from '../fixtures/sbom/load';

const only = (pkg: object) =>
  parsed(parseObject(spdx([{ SPDXID: 'SPDXRef-p', name: 'p', ...pkg }]))).components[0];

describe('parseSbom on SPDX JSON', () => {
  it('reads a 2.2 document, keeping the package it describes, with the purl from its external references', () => {
    const result = parsed(parseSbom(fixtureBytes('spdx-2.2.json'), dependencyId));
    expect(result).toMatchObject({ format: 'spdx', specVersion: 'SPDX-2.2', warnings: [] });
    expect(result.components).toEqual([
      {
        dependencyId,
        name: 'core-router',
        version: '1.0.0',
        supplier: 'Example Networks',
        licences: ['LicenseRef-Proprietary'],
      },
      {
        dependencyId,
        name: 'curl',
        version: '8.1.2',
        purl: 'pkg:generic/curl@8.1.2',
        supplier: 'Daniel Stenberg',
        licences: ['curl'],
      },
    ]);
  });

  it('reads a 2.3 document, treating NOASSERTION and NONE as nothing known', () => {
    const result = parsed(parseSbom(fixtureBytes('spdx-2.3.json'), dependencyId));
    expect(result.specVersion).toBe('SPDX-2.3');
    expect(result.components).toEqual([
      {
        dependencyId,
        name: 'linux-kernel',
        version: '6.1.38',
        purl: 'pkg:generic/linux@6.1.38',
        supplier: 'The Linux Foundation',
        licences: ['GPL-2.0-only WITH Linux-syscall-note'],
      },
      { dependencyId, name: 'vendor-blob', licences: [] },
      { dependencyId, name: 'mongodb', version: '6.0.8', licences: ['SSPL-1.0'] },
    ]);
  });

  it('prefers the concluded licence to the declared one', () => {
    expect(only({ licenseConcluded: 'MIT', licenseDeclared: 'Apache-2.0' })?.licences).toEqual(['MIT']);
    expect(only({ licenseConcluded: 'NOASSERTION', licenseDeclared: 'Apache-2.0' })?.licences).toEqual([
      'Apache-2.0',
    ]);
    expect(only({ licenseConcluded: 'NONE', licenseDeclared: 'NOASSERTION' })?.licences).toEqual([]);
  });

  it('reads the supplier as an organisation or a person, without the e-mail, else the originator', () => {
    expect(only({ supplier: 'Organization: Acme Telecom SA' })?.supplier).toBe('Acme Telecom SA');
    expect(only({ supplier: 'Person: Jane Doe (jane@example.com)' })?.supplier).toBe('Jane Doe');
    expect(only({ supplier: 'Organization: Foo (Europe) Ltd' })?.supplier).toBe('Foo (Europe) Ltd');
    expect(only({ supplier: 'NOASSERTION', originator: 'Person: John Roe' })?.supplier).toBe('John Roe');
    expect(only({ supplier: 'NOASSERTION' })?.supplier).toBeUndefined();
  });

  it.each([
    ['8 KB', 8 * 1024],
    ['1 MB', 1024 * 1024],
  ])('reads a hostile supplier of %s at once and refuses it as too long', (_, size) => {
    // Spaces between two words: what made the former regular expression backtrack for minutes.
    const supplier = `Organization: a${' '.repeat(size)}x(`;
    const started = performance.now();
    const problems = refused(parseObject(spdx([{ name: 'p', supplier }])));
    expect(performance.now() - started).toBeLessThan(500);
    expect(problems).toEqual([
      { path: 'packages[0].supplier', messageKey: 'validation.tooLong', params: {} },
    ]);
  });

  it('reads a supplier with parentheses or an e-mail at its end by position', () => {
    expect(only({ supplier: 'Organization:Acme(legal@acme.example)' })?.supplier).toBe('Acme');
    expect(only({ supplier: 'Organization: Acme (see (a@b))' })?.supplier).toBe('Acme (see (a@b))');
    expect(only({ supplier: 'Acme Telecom SA' })?.supplier).toBe('Acme Telecom SA');
  });

  it('takes the purl reference whatever its category, and leaves out one that is not a package URL', () => {
    const ref = (referenceType: string, referenceLocator: string) => ({
      referenceCategory: 'PACKAGE-MANAGER',
      referenceType,
      referenceLocator,
    });
    expect(
      only({ externalRefs: [ref('swh', 'swh:1:rel:abc'), ref('purl', 'pkg:deb/debian/zlib@1.3')] })?.purl,
    ).toBe('pkg:deb/debian/zlib@1.3');
    const result = parsed(parseObject(spdx([{ name: 'p', externalRefs: [ref('purl', 'zlib')] }])));
    expect(result.components[0]?.purl).toBeUndefined();
    expect(result.warnings).toEqual([
      { path: 'packages[0].externalRefs', messageKey: 'sbom.purlDropped', params: { purl: 'zlib' } },
    ]);
  });

  it('accepts an empty package list as zero components', () => {
    expect(parsed(parseObject(spdx([]))).components).toEqual([]);
  });

  it('refuses a document without a package list: it has no component to import', () => {
    const { packages: _, ...document } = spdx([]);
    expect(refused(parseObject(document))).toEqual([
      { path: 'packages', messageKey: 'sbom.spdxWithoutPackages', params: {} },
    ]);
  });

  it.each(['SPDX-2.1', 'SPDX-2.4'])('refuses %s, naming it and the supported versions', (version) => {
    expect(refused(parseObject(spdx([], version)))).toEqual([
      {
        path: 'spdxVersion',
        messageKey: 'sbom.unsupportedVersion',
        params: { format: 'SPDX', version, supported: 'SPDX-2.2, SPDX-2.3' },
      },
    ]);
  });

  it('says SPDX 3 is not supported yet, whether JSON-LD or with an SPDX 2 style version', () => {
    const jsonLd = {
      '@context': 'https://spdx.org/rdf/3.0.1/spdx-context.jsonld',
      '@graph': [
        {
          type: 'CreationInfo',
          '@id': '_:creationinfo',
          specVersion: '3.0.1',
          created: '2024-05-01T00:00:00Z',
        },
        {
          type: 'software_Package',
          spdxId: 'urn:spdx.dev:pkg-1',
          name: 'zlib',
          creationInfo: '_:creationinfo',
        },
      ],
    };
    const spdx3 = [{ messageKey: 'sbom.spdx3Unsupported', params: {} }];
    expect(refused(parseObject(jsonLd))).toEqual(spdx3);
    expect(
      refused(parseObject({ ...jsonLd, '@context': ['https://spdx.org/rdf/3.0.0/spdx-context.jsonld'] })),
    ).toEqual(spdx3);
    expect(refused(parseObject(spdx([], 'SPDX-3.0')))).toEqual(spdx3);
  });

  it('refuses a document with an SPDX identifier but no version', () => {
    expect(refused(parseObject({ SPDXID: 'SPDXRef-DOCUMENT', packages: [] }))).toEqual([
      {
        path: 'spdxVersion',
        messageKey: 'sbom.missingVersion',
        params: { format: 'SPDX', field: 'spdxVersion' },
      },
    ]);
  });

  it('refuses a package without a name, with its path', () => {
    expect(refused(parseObject(spdx([{ name: 'a' }, { SPDXID: 'SPDXRef-b', versionInfo: '1' }])))).toEqual([
      { path: 'packages[1].name', messageKey: 'sbom.componentWithoutName', params: {} },
    ]);
  });
});
