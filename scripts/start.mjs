// Starts the desktop app, or says in one line why it cannot and what to run instead.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
try {
  // The electron package resolves to its binary's path and throws when the binary was never downloaded.
  require('electron');
} catch {
  console.error(
    'The Electron binary is not installed (it downloads during `npm ci` when the network allows): run `npm run web` to use the app in your browser instead.',
  );
  process.exit(1);
}

const child = spawn('npx', ['electron-vite', 'preview'], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
child.on('exit', (code) => process.exit(code ?? 1));
