import { z } from 'zod';

/**
 * Zod compiles fast object parsers with `new Function` when the page allows it; merely probing for that
 * breaks the Content-Security-Policy (no eval). Imported first by main.tsx, before any schema parses.
 */
z.config({ jitless: true });
