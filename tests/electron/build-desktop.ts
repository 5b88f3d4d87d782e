import { execFileSync } from 'node:child_process';
import { electronBinary, NO_BINARY_REASON } from './electron-binary';

/** Builds main, preload and renderer into out/ once, when there is a binary to run them with. */
export default function buildDesktop(): void {
  if (!electronBinary()) {
    console.warn(NO_BINARY_REASON);
    return;
  }
  execFileSync('npx', ['electron-vite', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
}
