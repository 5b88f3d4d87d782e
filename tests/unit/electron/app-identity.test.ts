import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_NAME, APP_ORIGIN, DATABASE_NAME } from '../../../shared/app-identity';

/**
 * Changing any of these orphans every user's data: Chromium keys IndexedDB by origin, Electron keys the
 * profile folder by app name. If this test fails, write a migration before changing the expected values.
 */
describe('app identity', () => {
  it('keeps the origin, app name and database name users’ data lives under', () => {
    expect(APP_ORIGIN).toBe('app://workbench');
    expect(APP_NAME).toBe('Diligence Workbench');
    expect(DATABASE_NAME).toBe('diligence-workbench');
  });

  it('matches the product name the installers use', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
      productName: string;
    };
    const builder = readFileSync(new URL('../../../electron-builder.yml', import.meta.url), 'utf8');
    expect(pkg.productName).toBe(APP_NAME);
    expect(builder).toMatch(new RegExp(`^productName: ${APP_NAME}$`, 'm'));
  });
});
