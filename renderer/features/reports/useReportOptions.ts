import { z } from 'zod';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { dateSchema, networkDomainValues } from '@shared/domain';
import { classificationValues, reportSectionIds, type ReportSectionId } from '@shared/report/options';
import { languages, type Language } from '@renderer/i18n';
import { usePreferences } from '@renderer/stores/preferences';

/** The largest logo accepted: a board pack's header image, not a photograph. */
export const maxLogoBytes = 512 * 1024;

/** The board report's options as the Reports screen keeps them between sessions. */
export const boardReportSettingsSchema = z.object({
  title: z.string().max(300),
  periodFrom: z.union([dateSchema, z.literal('')]),
  periodTo: z.union([dateSchema, z.literal('')]),
  classification: z.enum(classificationValues),
  preparedBy: z.string().max(200),
  approvedBy: z.string().max(200),
  /** A data: URL of the organisation's logo, or ''. */
  logo: z.string().max(Math.ceil((maxLogoBytes * 4) / 3) + 100),
  /** Absent until the user picks one for the report: the report then speaks the app's language. */
  language: z.enum(languages).optional(),
  sections: z.array(z.enum(reportSectionIds)),
  domains: z.array(z.enum(networkDomainValues)),
  vendorIds: z.array(z.string()),
});
export type BoardReportSettings = z.infer<typeof boardReportSettingsSchema>;

const defaults: BoardReportSettings = {
  title: '',
  periodFrom: '',
  periodTo: '',
  classification: 'CONFIDENTIAL',
  preparedBy: '',
  approvedBy: '',
  logo: '',
  sections: [...reportSectionIds],
  domains: [],
  vendorIds: [],
};

/** The sections added since a stored version: a report saved before could not have chosen them. */
const sectionsAddedIn: ReadonlyArray<[version: number, section: ReportSectionId]> = [
  [3, 'standards'],
  [4, 'decisions'],
];

/**
 * A report saved before `section` existed that had every section then offered is a full report and gains
 * the new one, in its place; a report cut down to some sections stays as chosen.
 */
const withNewSection = <T extends { sections?: unknown }>(
  state: T,
  section: ReportSectionId,
  known: ReportSectionId[],
): T => {
  const { sections } = state;
  if (!Array.isArray(sections) || !known.every((id) => sections.includes(id))) return state;
  return { ...state, sections: reportSectionIds.filter((id) => id === section || sections.includes(id)) };
};

interface ReportOptionsState extends BoardReportSettings {
  change: (patch: Partial<BoardReportSettings>) => void;
}

/**
 * The options of the next board report, kept on this machine (localStorage) so a report prepared every
 * quarter starts from last quarter's choices. A stored value that no longer fits is dropped, not trusted.
 */
export const useReportOptions = create<ReportOptionsState>()(
  persist((set) => ({ ...defaults, change: (patch) => set(patch) }), {
    name: 'diligence-workbench.board-report',
    version: 4,
    storage: createJSONStorage(() => localStorage),
    partialize: ({ change: _change, ...settings }) => settings,
    // Version 1 stored 'en' whether or not the user chose it (it was the default): that one is dropped so
    // the report follows the app's language; a French report was a choice and is kept. Versions 3 and 4
    // added sections (see sectionsAddedIn). `merge` checks the result like any stored value.
    migrate: (persisted, version) => {
      if (typeof persisted !== 'object' || persisted === null) return persisted;
      let state = persisted as { language?: unknown; sections?: unknown };
      if (version < 2 && state.language === 'en') {
        const { language: _language, ...rest } = state;
        state = rest;
      }
      for (const [added, section] of sectionsAddedIn) {
        if (version >= added) continue;
        const later = new Set(sectionsAddedIn.filter(([since]) => since >= added).map(([, id]) => id));
        state = withNewSection(
          state,
          section,
          reportSectionIds.filter((id) => !later.has(id)),
        );
      }
      return state;
    },
    merge: (persisted, current) => {
      const parsed = boardReportSettingsSchema.safeParse(persisted);
      return parsed.success ? { ...current, ...parsed.data } : current;
    },
  }),
);

/** The language the board report is worded in: the one picked for reports, else the app's. */
export const useReportLanguage = (): Language => {
  const picked = useReportOptions((state) => state.language);
  const app = usePreferences((state) => state.language);
  return picked ?? app;
};
