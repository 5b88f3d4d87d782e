import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { workspaceFileJsonSchema } from '../shared/workspace/workspace-file-schema';

/** Writes docs/workspace-file.schema.json from the zod schemas (`npm run schema`); a unit test keeps it current. */
const target = fileURLToPath(new URL('../docs/workspace-file.schema.json', import.meta.url));
writeFileSync(target, workspaceFileJsonSchema());
console.log(`Wrote ${target}`);
