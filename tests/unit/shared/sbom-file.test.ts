import { describe, expect, it } from 'vitest';
import { detectSbomFormat, MAX_SBOM_BYTES, parseSbom } from '@shared/sbom';
import { dependencyId, parseObject, refused } from '../fixtures/sbom/load';

const parseText = (text: string) => parseSbom(new TextEncoder().encode(text), dependencyId);

describe('detectSbomFormat', () => {
  it('recognises CycloneDX by its bomFormat and SPDX by its version or document identifier', () => {
    expect(detectSbomFormat({ bomFormat: 'CycloneDX', specVersion: '1.5' })).toEqual({
      ok: true,
      format: 'cyclonedx',
    });
    expect(detectSbomFormat({ spdxVersion: 'SPDX-2.3' })).toEqual({ ok: true, format: 'spdx' });
    expect(detectSbomFormat({ SPDXID: 'SPDXRef-DOCUMENT' })).toEqual({ ok: true, format: 'spdx' });
  });

  it('says what it found when the file is neither', () => {
    expect(detectSbomFormat({ bomFormat: 'SWID' })).toEqual({
      ok: false,
      problem: { path: 'bomFormat', messageKey: 'sbom.unknownBomFormat', params: { value: 'SWID' } },
    });
    for (const json of [{ name: 'package.json' }, [], null, 'CycloneDX'])
      expect(detectSbomFormat(json)).toEqual({
        ok: false,
        problem: { messageKey: 'sbom.notAnSbom', params: {} },
      });
  });
});

describe('parseSbom on files that are not an SBOM', () => {
  it('refuses broken JSON, saying where the syntax breaks', () => {
    expect(parseText('{\n  "bomFormat": "CycloneDX",\n  "specVersion": "1.6",,\n}')).toEqual({
      ok: false,
      problems: [{ messageKey: 'sbom.notJsonAt', params: { line: 3, column: 24 } }],
    });
  });

  it('refuses a truncated file as broken JSON', () => {
    expect(refused(parseText('{"bomFormat": "CycloneDX", "components": [')).map((p) => p.messageKey)).toEqual(
      [expect.stringMatching(/^sbom\.notJson/)],
    );
  });

  it('reads a file that starts with a byte order mark', () => {
    expect(parseText('\uFEFF{"bomFormat": "CycloneDX", "specVersion": "1.6"}').ok).toBe(true);
  });

  it('refuses an empty file, a binary file and JSON that is not an SBOM', () => {
    expect(refused(parseText('  \n'))).toEqual([{ messageKey: 'sbom.empty', params: {} }]);
    expect(refused(parseSbom(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), dependencyId))).toEqual([
      { messageKey: 'sbom.notText', params: {} },
    ]);
    expect(refused(parseObject({ name: 'my-app', dependencies: {} }))).toEqual([
      { messageKey: 'sbom.notAnSbom', params: {} },
    ]);
  });

  it('refuses a file over 100 MB before reading it', () => {
    expect(refused(parseSbom(new Uint8Array(MAX_SBOM_BYTES + 1), dependencyId))).toEqual([
      { messageKey: 'sbom.tooLarge', params: { size: '100.0 MB', limit: '100.0 MB' } },
    ]);
  });
});
