import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycloneDxVersions, MAX_LISTED_PROBLEMS, parseSbom } from '@shared/sbom';
import { cycloneDxValidators } from '@shared/sbom/cyclonedx-schema';
import { cycloneDxValidatorsCode } from '@shared/sbom/schema-code';
import { cycloneDx, dependencyId, jsonBytes, parsed, parseObject, refused } from '../fixtures/sbom/load';

const generatedFile = (name: string): string =>
  readFileSync(new URL(`../../../shared/sbom/generated/${name}`, import.meta.url), 'utf8');

const schemaDir = join(
  dirname(createRequire(import.meta.url).resolve('@cyclonedx/cyclonedx-library/package.json')),
  'res/schema',
);

describe('CycloneDX files against the schema of their version', () => {
  it('refuses a file that breaks the schema where the importer does not read, with the path of each problem', () => {
    const document = {
      ...cycloneDx([
        {
          name: 'openssl',
          hashes: [{ alg: 'SHA-256', content: 'not-a-digest' }],
          externalReferences: [{ type: 'homepage', url: 'https://www.openssl.org' }],
        },
        { type: 'lib', name: 'zlib', vendorNotes: 'internal' },
      ]),
      serialNumber: 'bom-42',
      metadata: { timestamp: '2024-05-01 12:00' },
    };
    expect(refused(parseObject(document))).toEqual([
      { path: 'serialNumber', messageKey: 'sbom.schemaPattern', params: { value: 'bom-42' } },
      {
        path: 'metadata.timestamp',
        messageKey: 'sbom.schemaDateTime',
        params: { value: '2024-05-01 12:00', format: 'date-time' },
      },
      {
        path: 'components[0].hashes[0].content',
        messageKey: 'sbom.schemaPattern',
        params: { value: 'not-a-digest' },
      },
      {
        path: 'components[0].externalReferences[0].type',
        messageKey: 'sbom.schemaValue',
        params: { value: 'homepage' },
      },
      {
        path: 'components[1].vendorNotes',
        messageKey: 'sbom.schemaUnknownField',
        params: { field: 'vendorNotes' },
      },
      {
        path: 'components[1].type',
        messageKey: 'sbom.schemaEnum',
        params: {
          value: 'lib',
          allowed:
            'application, framework, library, container, platform, operating-system, device, device-driver, firmware, file, machine-learning-model, data, cryptographic-asset',
        },
      },
    ]);
  });

  it('names a licence id that is not on the SPDX list, and a licence with neither id nor name', () => {
    expect(
      refused(parseObject(cycloneDx([{ name: 'a', licenses: [{ license: { id: 'Apache 2.0' } }] }]))),
    ).toEqual([
      {
        path: 'components[0].licenses[0].license.id',
        messageKey: 'sbom.schemaLicenceId',
        params: { value: 'Apache 2.0' },
      },
    ]);
    expect(
      refused(
        parseObject(cycloneDx([{ name: 'a', licenses: [{ license: { url: 'https://example.com/eula' } }] }])),
      ),
    ).toEqual([
      {
        path: 'components[0].licenses[0].license',
        messageKey: 'sbom.schemaRequiredOneOf',
        params: { fields: 'id, name' },
      },
    ]);
  });

  it('checks each file against its own version: a 1.6 field is refused in a 1.4 file', () => {
    const component = { name: 'a', manufacturer: { name: 'Acme' } };
    expect(parsed(parseObject(cycloneDx([component], '1.6'))).components).toHaveLength(1);
    expect(refused(parseObject(cycloneDx([component], '1.4')))).toEqual([
      {
        path: 'components[0].manufacturer',
        messageKey: 'sbom.schemaUnknownField',
        params: { field: 'manufacturer' },
      },
    ]);
  });

  it('refuses the same component twice, pointing at the repeat', () => {
    expect(refused(parseObject(cycloneDx([{ name: 'a' }, { name: 'b' }, { name: 'a' }])))).toEqual([
      { path: 'components[2]', messageKey: 'sbom.schemaDuplicate', params: {} },
    ]);
  });

  it('keeps the reader’s own message where both find a problem, and adds what only the schema sees', () => {
    expect(refused(parseObject(cycloneDx([{ version: '1' }, 'lodash'])))).toEqual([
      { path: 'components[0].name', messageKey: 'sbom.componentWithoutName', params: {} },
      { path: 'components[1]', messageKey: 'sbom.componentNotObject', params: {} },
    ]);
  });

  it(`lists the first ${MAX_LISTED_PROBLEMS} problems and counts the rest`, () => {
    const components = Array.from({ length: 150 }, (_, index) => ({ name: `c${index}`, scope: 'sometimes' }));
    const problems = refused(parseObject(cycloneDx(components)));
    expect(problems).toHaveLength(MAX_LISTED_PROBLEMS + 1);
    expect(problems[0]).toEqual({
      path: 'components[0].scope',
      messageKey: 'sbom.schemaEnum',
      params: { value: 'sometimes', allowed: 'required, optional, excluded' },
    });
    expect(problems.at(-1)).toEqual({ messageKey: 'sbom.moreProblems', params: { count: 50 } });
  });

  it('reads a valid 50,000-component file, schema check included, within a few seconds', () => {
    const components = Array.from({ length: 50_000 }, (_, index) => ({
      type: 'library',
      'bom-ref': `pkg:npm/c${index}@1.0.${index}`,
      name: `component-${index}`,
      version: `1.0.${index}`,
      purl: `pkg:npm/c${index}@1.0.${index}`,
      supplier: { name: 'Acme', url: ['https://acme.example'] },
      licenses: [{ license: { id: 'MIT' } }],
      hashes: [{ alg: 'SHA-256', content: 'a'.repeat(64) }],
    }));
    const bytes = jsonBytes({ ...cycloneDx(components), metadata: { timestamp: '2024-05-01T12:00:00Z' } });
    const started = performance.now();
    const result = parsed(parseSbom(bytes, dependencyId));
    // 2.3 s here on an idle machine (0.7 s of it the schema check), 4.5 s with the cores busy: the budget
    // leaves room for a loaded CI.
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(result.components).toHaveLength(50_000);
  }, 30_000);

  it('has a validator for every CycloneDX version the importer accepts', () => {
    expect(Object.keys(cycloneDxValidators)).toEqual(cycloneDxVersions);
  });

  // Compiling every CycloneDX schema takes seconds on a busy machine: the default 5 s would fail on load alone.
  it(
    'keeps the generated validators equal to what `npm run sbom-schemas` generates',
    { timeout: 60_000 },
    () => {
      const { js, dts } = cycloneDxValidatorsCode(
        (fileName) => JSON.parse(readFileSync(join(schemaDir, fileName), 'utf8')) as unknown,
      );
      expect(generatedFile('cyclonedx-validators.d.ts')).toBe(dts);
      // Compared by equality rather than toBe: a 1.4 MB diff would be of no use to read.
      expect(generatedFile('cyclonedx-validators.js') === js).toBe(true);
    },
  );

  it('generates code that needs neither ajv nor Node at run time', () => {
    const imports = [
      ...generatedFile('cyclonedx-validators.js').matchAll(/(?:from|require\()\s*["']([^"']+)["']/g),
    ].map((match) => match[1]);
    expect(imports).toEqual(['../schema-formats', '../schema-runtime']);
  });
});
