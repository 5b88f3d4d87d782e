import { z } from 'zod';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { dateSchema, networkDomainValues } from '@shared/domain';
import { classificationValues, reportSectionIds } from '@shared/report/options';
import { languages } from '@renderer/i18n';

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
  language: z.enum(languages),
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
  language: 'en',
  sections: [...reportSectionIds],
  domains: [],
  vendorIds: [],
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
    version: 1,
    storage: createJSONStorage(() => localStorage),
    partialize: ({ change: _change, ...settings }) => settings,
    merge: (persisted, current) => {
      const parsed = boardReportSettingsSchema.safeParse(persisted);
      return parsed.success ? { ...current, ...parsed.data } : current;
    },
  }),
);
