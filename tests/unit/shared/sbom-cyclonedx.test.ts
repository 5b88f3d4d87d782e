import { describe, expect, it } from 'vitest';
import { parseSbom } from '@shared/sbom';
import { cycloneDx, dependencyId, fixtureBytes, parsed, parseObject, refused } from '../fixtures/sbom/load';

const names = (value: unknown) => parsed(parseObject(value)).components.map((component) => component.name);
const only = (component: object) =>
  parsed(parseObject(cycloneDx([{ name: 'c', ...component }]))).components[0];

describe('parseSbom on CycloneDX JSON', () => {
  it('reads a 1.2 SBOM, as many scanners still write: supplier, publisher, licence by id or expression', () => {
    const result = parsed(parseSbom(fixtureBytes('cyclonedx-1.2.json'), dependencyId));
    expect(result).toMatchObject({ format: 'cyclonedx', specVersion: '1.2', warnings: [] });
    expect(result.components).toEqual([
      {
        dependencyId,
        name: 'tomcat-catalina',
        version: '9.0.14',
        purl: 'pkg:maven/org.apache.tomcat/tomcat-catalina@9.0.14?packaging=jar',
        supplier: 'The Apache Software Foundation',
        licences: ['Apache-2.0'],
      },
      {
        dependencyId,
        name: 'mysql-connector-java',
        version: '5.1.49',
        purl: 'pkg:maven/mysql/mysql-connector-java@5.1.49',
        supplier: 'Oracle',
        licences: ['GPL-2.0-only WITH Universal-FOSS-exception-1.0'],
      },
    ]);
  });

  it('reads a 1.3 SBOM', () => {
    const result = parsed(parseSbom(fixtureBytes('cyclonedx-1.3.json'), dependencyId));
    expect(result.specVersion).toBe('1.3');
    expect(result.components.map(({ name, supplier, licences }) => [name, supplier, licences])).toEqual([
      ['libssl3', 'Debian', ['Apache-2.0']],
      ['zlib1g', undefined, ['Zlib']],
    ]);
  });

  it('reads a 1.4 SBOM: name, version, purl, supplier and licences, tied to the dependency', () => {
    const result = parsed(parseSbom(fixtureBytes('cyclonedx-1.4.json'), dependencyId));
    expect(result).toMatchObject({ format: 'cyclonedx', specVersion: '1.4', warnings: [] });
    expect(result.components).toEqual([
      {
        dependencyId,
        name: 'lodash',
        version: '4.17.21',
        purl: 'pkg:npm/lodash@4.17.21',
        supplier: 'OpenJS Foundation',
        licences: ['MIT'],
      },
      {
        dependencyId,
        name: 'openssl',
        version: '3.0.8',
        purl: 'pkg:generic/openssl@3.0.8',
        supplier: 'OpenSSL Software Foundation',
        licences: ['Apache-2.0'],
      },
    ]);
  });

  it('reads a 1.5 SBOM and flattens nested components after their parent', () => {
    const result = parsed(parseSbom(fixtureBytes('cyclonedx-1.5.json'), dependencyId));
    expect(result.specVersion).toBe('1.5');
    expect(result.components.map((component) => [component.name, component.licences])).toEqual([
      // Given by name in the file: the name of Apache-2.0 as Maven POMs write it.
      ['spring-core', ['Apache-2.0']],
      ['spring-jcl', ['Apache-2.0']],
      ['busybox', ['GPL-2.0-only']],
    ]);
  });

  it('reads a 1.6 SBOM, ignoring the licence acknowledgement and the subject in metadata', () => {
    const result = parsed(parseSbom(fixtureBytes('cyclonedx-1.6.json'), dependencyId));
    expect(result.specVersion).toBe('1.6');
    expect(result.components.map((component) => component.name)).toEqual([
      'glibc',
      'zlib',
      'minizip',
      'minizip/unzip.c',
    ]);
    expect(result.components[0]).toMatchObject({ supplier: 'GNU Project', licences: ['LGPL-2.1-or-later'] });
    expect(result.components[1]).toMatchObject({ licences: ['Zlib'] });
    // An author is a person who wrote the code, not a supplier.
    expect(result.components[1]?.supplier).toBeUndefined();
  });

  it('reads a licence given by SPDX id, by name or as an expression, once each', () => {
    // Up to 1.4 a list may mix licences and expressions; 1.5 and later allow one or the other.
    const mixed = parsed(
      parseObject(
        cycloneDx(
          [
            {
              name: 'c',
              licenses: [
                { license: { id: 'MIT' } },
                { license: { name: 'Custom Vendor EULA' } },
                { expression: 'Apache-2.0 OR GPL-2.0-or-later' },
                { license: { id: 'MIT', url: 'https://opensource.org/license/mit/' } },
              ],
            },
          ],
          '1.4',
        ),
      ),
    );
    expect(mixed.components[0]?.licences).toEqual([
      'MIT',
      'Custom Vendor EULA',
      'Apache-2.0 OR GPL-2.0-or-later',
    ]);
    expect(only({ licenses: [{ expression: 'MIT AND BSD-3-Clause' }] })?.licences).toEqual([
      'MIT AND BSD-3-Clause',
    ]);
  });

  it('takes the supplier, else the manufacturer, else the publisher', () => {
    const all = { supplier: { name: 'S' }, manufacturer: { name: 'M' }, publisher: 'P' };
    expect(only(all)?.supplier).toBe('S');
    expect(only({ ...all, supplier: { url: ['https://s.example'] } })?.supplier).toBe('M');
    expect(only({ publisher: 'P' })?.supplier).toBe('P');
    expect(only({})?.supplier).toBeUndefined();
  });

  it('trims text and stores blank optional fields as absent', () => {
    expect(only({ name: '  libfoo ', version: '', purl: ' ' })).toEqual({
      dependencyId,
      name: 'libfoo',
      licences: [],
    });
  });

  it('keeps a component whose purl is not a package URL, leaving the purl out with a warning', () => {
    const result = parsed(parseObject(cycloneDx([{ name: 'ok' }, { name: 'odd', purl: 'npm:odd@1.0' }])));
    expect(result.components[1]).toEqual({ dependencyId, name: 'odd', licences: [] });
    expect(result.warnings).toEqual([
      { path: 'components[1].purl', messageKey: 'sbom.purlDropped', params: { purl: 'npm:odd@1.0' } },
    ]);
  });

  it('leaves out a purl longer than 2,000 characters with a warning, before checking it', () => {
    const purl = `pkg:generic/a@1?download_url=${'x'.repeat(2000)}`;
    const result = parsed(parseObject(cycloneDx([{ name: 'long', purl }])));
    expect(result.components[0]).toEqual({ dependencyId, name: 'long', licences: [] });
    expect(result.warnings).toEqual([
      {
        path: 'components[0].purl',
        messageKey: 'sbom.purlTooLong',
        params: { length: purl.length, limit: 2000 },
      },
    ]);
  });

  it('accepts an SBOM with an empty or absent component list as zero components', () => {
    expect(names(cycloneDx([]))).toEqual([]);
    expect(names({ bomFormat: 'CycloneDX', specVersion: '1.5', version: 1 })).toEqual([]);
  });

  it.each(['1.1', '1.7', '2.0'])('refuses spec version %s, naming it and the supported ones', (version) => {
    expect(refused(parseObject(cycloneDx([{ name: 'a' }], version)))).toEqual([
      {
        path: 'specVersion',
        messageKey: 'sbom.unsupportedVersion',
        params: { format: 'CycloneDX', version, supported: '1.2, 1.3, 1.4, 1.5, 1.6' },
      },
    ]);
  });

  it('refuses a file without a spec version', () => {
    expect(refused(parseObject({ bomFormat: 'CycloneDX', components: [] }))).toEqual([
      {
        path: 'specVersion',
        messageKey: 'sbom.missingVersion',
        params: { format: 'CycloneDX', field: 'specVersion' },
      },
    ]);
  });

  it('refuses components without a name, giving the path of each, and imports none of the file', () => {
    const problems = refused(
      parseObject(
        cycloneDx([
          { name: 'ok' },
          { version: '1' },
          { name: 'p', components: [{ type: 'file', name: ' ' }] },
        ]),
      ),
    );
    expect(problems).toEqual([
      { path: 'components[1].name', messageKey: 'sbom.componentWithoutName', params: {} },
      { path: 'components[2].components[0].name', messageKey: 'sbom.componentWithoutName', params: {} },
    ]);
  });

  it('refuses fields of the wrong shape with the path and the schema message', () => {
    expect(refused(parseObject(cycloneDx([{ name: 'a', version: 3 }])))).toEqual([
      { path: 'components[0].version', messageKey: 'validation.text', params: {} },
    ]);
    expect(refused(parseObject(cycloneDx([{ name: 'a', licenses: { id: 'MIT' } }])))).toEqual([
      { path: 'components[0].licenses', messageKey: 'sbom.notAList', params: { field: 'licenses' } },
    ]);
    expect(refused(parseObject(cycloneDx([{ name: 'x'.repeat(301) }])))).toEqual([
      { path: 'components[0].name', messageKey: 'validation.tooLong', params: {} },
    ]);
    expect(refused(parseObject(cycloneDx(['lodash'])))).toEqual([
      { path: 'components[0]', messageKey: 'sbom.componentNotObject', params: {} },
    ]);
    expect(refused(parseObject({ ...cycloneDx([]), components: {} }))).toEqual([
      { path: 'components', messageKey: 'sbom.notAList', params: { field: 'components' } },
    ]);
  });

  it('lists at most a hundred problems and counts the rest', () => {
    const problems = refused(
      parseObject(cycloneDx(Array.from({ length: 150 }, (_, index) => ({ version: String(index) })))),
    );
    expect(problems).toHaveLength(101);
    expect(problems.at(-1)).toEqual({ messageKey: 'sbom.moreProblems', params: { count: 50 } });
  });
});
