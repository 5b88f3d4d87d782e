import { z } from 'zod';

/**
 * Zod compiles fast object parsers with `new Function` when the page allows it; merely probing for that
 * breaks the Content-Security-Policy (no eval), and Zod probes as each object schema is made. Imported by
 * main.tsx; the build puts it in Zod's own file, so it runs before any module that makes a schema
 * (`rendererOutput` in vite.web.config.ts).
 */
z.config({ jitless: true });
