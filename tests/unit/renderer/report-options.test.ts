import { beforeAll, describe, expect, it, vi } from 'vitest';
import { memoryStorage } from './memory-storage';

const storage = memoryStorage();
const key = 'diligence-workbench.board-report';

/** Report options as version 1 saved them: the language was stored even when the user never chose it. */
const saved = (version: number, language: string) =>
  JSON.stringify({
    state: {
      title: 'Q3 report',
      periodFrom: '',
      periodTo: '',
      classification: 'SECRET',
      preparedBy: '',
      approvedBy: '',
      logo: '',
      language,
      sections: ['cover', 'summary'],
      domains: [],
      vendorIds: [],
    },
    version,
  });

const savedByVersion1 = (language: string) => saved(1, language);

const load = async () => {
  const { useReportOptions } = await import('@renderer/features/reports/useReportOptions');
  await useReportOptions.persist.rehydrate();
  return useReportOptions.getState();
};

beforeAll(() => {
  vi.stubGlobal('localStorage', storage);
  vi.stubGlobal('navigator', { language: 'fr-FR' });
});

describe('the board report options kept between sessions', () => {
  it('let the report follow the app’s language when English was only the old default', async () => {
    storage.setItem(key, savedByVersion1('en'));
    const options = await load();
    expect(options.language).toBeUndefined();
    // The rest of last quarter's choices are kept, and the section added since is offered.
    expect(options).toMatchObject({
      title: 'Q3 report',
      classification: 'SECRET',
      sections: ['cover', 'summary', 'decisions'],
    });
  });

  it('keep a French report, which was a choice', async () => {
    storage.setItem(key, savedByVersion1('fr'));
    expect((await load()).language).toBe('fr');
  });

  it('include the Decisions section, which a report saved before it existed could not have chosen', async () => {
    storage.setItem(key, saved(2, 'fr'));
    const options = await load();
    expect(options.sections).toEqual(['cover', 'summary', 'decisions']);
    expect(options.language).toBe('fr');
  });

  it('remember a language picked for reports', async () => {
    const { useReportOptions } = await import('@renderer/features/reports/useReportOptions');
    useReportOptions.getState().change({ language: 'en' });
    expect((await load()).language).toBe('en');
  });
});
