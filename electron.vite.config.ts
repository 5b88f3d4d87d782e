import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import { rendererOutput, rendererViteOptions } from './vite.web.config';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
const alias = { '@shared': here('./shared') };

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      outDir: here('./out/main'),
      rolldownOptions: {
        input: { main: here('./electron/main.ts') },
        output: { format: 'es', entryFileNames: '[name].js' },
      },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: here('./out/preload'),
      // Sandboxed preloads cannot load ES modules or require node_modules: one self-contained CommonJS file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { preload: here('./electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    ...rendererViteOptions,
    build: {
      outDir: here('./out/renderer'),
      chunkSizeWarningLimit: 1500,
      rolldownOptions: { input: here('./renderer/index.html'), output: rendererOutput },
    },
  },
});
