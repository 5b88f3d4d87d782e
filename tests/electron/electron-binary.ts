import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/**
 * The Electron binary's path, or undefined where it was never downloaded (an install with
 * ELECTRON_SKIP_BINARY_DOWNLOAD=1, as on CI). Read from the package's path.txt rather than by requiring
 * the package, which would try to download the binary there and then.
 */
export const electronBinary = (): string | undefined => {
  const folder = path.dirname(require.resolve('electron/package.json'));
  const pathFile = path.join(folder, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = path.join(folder, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
};

export const NO_BINARY_REASON =
  'Electron smoke test skipped: the Electron binary is not installed (ELECTRON_SKIP_BINARY_DOWNLOAD=1). ' +
  'Run `npm ci` with internet access, then `npm run test:electron`.';
