import { beforeAll, describe, expect, it, vi } from 'vitest';
import { memoryStorage } from './memory-storage';

const storage = memoryStorage();
const key = 'diligence-workbench.board-report';

/** Report options as version 1 saved them: the language was stored even when the user never chose it. */
const savedByVersion1 = (language: string) =>
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
    version: 1,
  });

/** Versions 2 and 3 saved the sections chosen before the standards (3) and decisions (4) sections existed. */
const savedBy = (version: 2 | 3, sections: string[]) =>
  JSON.stringify({
    state: {
      title: 'Q4 report',
      periodFrom: '',
      periodTo: '',
      classification: 'SECRET',
      preparedBy: '',
      approvedBy: '',
      logo: '',
      sections,
      domains: [],
      vendorIds: [],
    },
    version,
  });

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
    // The rest of last quarter's choices are kept.
    expect(options).toMatchObject({
      title: 'Q3 report',
      classification: 'SECRET',
      sections: ['cover', 'summary'],
    });
  });

  it('keep a French report, which was a choice', async () => {
    storage.setItem(key, savedByVersion1('fr'));
    expect((await load()).language).toBe('fr');
  });

  it('remember a language picked for reports', async () => {
    const { useReportOptions } = await import('@renderer/features/reports/useReportOptions');
    useReportOptions.getState().change({ language: 'en' });
    expect((await load()).language).toBe('en');
  });

  it('add the standards and decisions sections to a full report saved before they existed, in their places', async () => {
    const everyOldSection = [
      'cover',
      'summary',
      'heatmaps',
      'concentration',
      'exposure',
      'sovereignty',
      'licences',
      'coverage',
      'treatment',
      'appendix',
    ];
    storage.setItem(key, savedBy(2, everyOldSection));
    const options = await load();
    expect(options.sections).toEqual([
      'cover',
      'summary',
      'heatmaps',
      'concentration',
      'exposure',
      'sovereignty',
      'standards',
      'licences',
      'coverage',
      'treatment',
      'decisions',
      'appendix',
    ]);
    expect(options.title).toBe('Q4 report');
  });

  it('leave a report cut down to some sections as it was chosen', async () => {
    storage.setItem(key, savedBy(2, ['cover', 'summary', 'licences']));
    expect((await load()).sections).toEqual(['cover', 'summary', 'licences']);
    storage.setItem(key, savedBy(3, ['cover', 'standards']));
    expect((await load()).sections).toEqual(['cover', 'standards']);
  });

  it('add the decisions section to a full report saved with the standards section, before the appendix', async () => {
    const everyVersion3Section = [
      'cover',
      'summary',
      'heatmaps',
      'concentration',
      'exposure',
      'sovereignty',
      'standards',
      'licences',
      'coverage',
      'treatment',
      'appendix',
    ];
    storage.setItem(key, savedBy(3, everyVersion3Section));
    expect((await load()).sections).toEqual([...everyVersion3Section.slice(0, -1), 'decisions', 'appendix']);
  });
});
