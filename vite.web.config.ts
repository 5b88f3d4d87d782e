import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { CONTENT_SECURITY_POLICY } from './shared/csp';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};
const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/**
 * The built page carries the policy as a meta tag so the web build is as locked down as the desktop one
 * (where the app:// handler also sends it as a header). Dev servers need inline scripts for hot reload,
 * so the tag is only added to production builds.
 */
const contentSecurityPolicy = (): Plugin => ({
  name: 'workbench-csp',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
      injectTo: 'head-prepend',
    },
  ],
});

/** The renderer build shared by the desktop app (electron-vite) and the web app. */
export const rendererViteOptions: UserConfig = {
  root: here('./renderer'),
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  resolve: {
    alias: { '@shared': here('./shared'), '@renderer': here('./renderer') },
  },
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  // The file worker loads each reader on demand, which needs module workers (code-split like the page).
  worker: { format: 'es' },
};

/** The libraries of the frame and of most screens: one file loaded at start rather than dozens of small ones. */
const frameworkPackages =
  /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|@mantine[\\/][^\\/]+|@floating-ui[\\/][^\\/]+|react-remove-scroll|react-remove-scroll-bar|react-style-singleton|use-callback-ref|use-sidecar|react-transition-group|react-number-format|react-textarea-autosize|dexie|dexie-react-hooks|i18next|react-i18next|zustand|use-sync-external-store|@tanstack[\\/][^\\/]+|clsx|get-nonce|detect-node-es|tslib)[\\/]/;

/** The app's own code below the features, which the frame and every screen use. */
const appModules =
  /[\\/](renderer[\\/](ui|data|db|platform|stores|i18n|files)|shared[\\/](domain|audit))[\\/]/;

/**
 * How the desktop and web builds cut the renderer into files. Each screen is loaded on demand (the routes'
 * `lazy`); the libraries and the code below the features are two files, since a screen's code cut into
 * dozens of small shared files opened slower than one script (each file is a request, answered late on a
 * busy machine). The charts runtime stays out of them: it loads echarts when a chart is drawn. Zod is a file
 * of its own holding `zod-jitless.ts`: the modules of a file run before those of any file importing it, so
 * Zod is told not to probe for `new Function` (refused by the policy) before any schema is made.
 */
export const rendererOutput = {
  codeSplitting: {
    groups: [
      { name: 'zod', test: /[\\/](node_modules[\\/]zod[\\/]|renderer[\\/]zod-jitless\.ts$)/, priority: 2 },
      { name: 'framework', test: frameworkPackages, priority: 1 },
      { name: 'app', test: (id: string) => appModules.test(id) && !id.includes('echarts-runtime') },
    ],
  },
};

export default defineConfig({
  ...rendererViteOptions,
  build: {
    outDir: here('./out/web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: { output: rendererOutput },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
