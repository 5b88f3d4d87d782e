import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cycloneDxValidatorsCode } from '../shared/sbom/schema-code';

/**
 * Writes shared/sbom/generated/cyclonedx-validators.{js,d.ts} (`npm run sbom-schemas`) from the schemas the
 * CycloneDX library ships; a unit test keeps them current. Run it after updating @cyclonedx/cyclonedx-library.
 */
const schemaDir = join(
  dirname(createRequire(import.meta.url).resolve('@cyclonedx/cyclonedx-library/package.json')),
  'res/schema',
);
const target = fileURLToPath(new URL('../shared/sbom/generated/', import.meta.url));
const { js, dts } = cycloneDxValidatorsCode(
  (fileName) => JSON.parse(readFileSync(join(schemaDir, fileName), 'utf8')) as unknown,
);
mkdirSync(target, { recursive: true });
writeFileSync(join(target, 'cyclonedx-validators.js'), js);
writeFileSync(join(target, 'cyclonedx-validators.d.ts'), dts);
console.log(`Wrote ${target}cyclonedx-validators.js and .d.ts`);
