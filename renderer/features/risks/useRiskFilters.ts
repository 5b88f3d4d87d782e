import { create } from 'zustand';
import type { HeatmapView, RiskCategory, RiskLevel, RiskStatus, Treatment } from '@shared/domain';

/** A cell of one of the two heatmaps, chosen by clicking it. */
export interface HeatmapCellFilter {
  view: HeatmapView;
  likelihood: number;
  impact: number;
}

export interface RiskFilterValues {
  search: string;
  categories: RiskCategory[];
  statuses: RiskStatus[];
  treatments: Treatment[];
  inherentLevels: RiskLevel[];
  residualLevels: RiskLevel[];
  owners: string[];
  overdueReview: boolean;
  cell: HeatmapCellFilter | null;
}

interface RiskFilterState extends RiskFilterValues {
  setFilters: (patch: Partial<RiskFilterValues>) => void;
  clearFilters: () => void;
}

export const noRiskFilters: RiskFilterValues = {
  search: '',
  categories: [],
  statuses: [],
  treatments: [],
  inherentLevels: [],
  residualLevels: [],
  owners: [],
  overdueReview: false,
  cell: null,
};

/** The register's filters, kept while the user opens a risk and comes back. UI state only. */
export const useRiskFilters = create<RiskFilterState>()((set) => ({
  ...noRiskFilters,
  setFilters: (patch) => set(patch),
  clearFilters: () => set(noRiskFilters),
}));

export const hasActiveRiskFilters = (filters: RiskFilterValues): boolean =>
  filters.search.trim() !== '' ||
  filters.categories.length > 0 ||
  filters.statuses.length > 0 ||
  filters.treatments.length > 0 ||
  filters.inherentLevels.length > 0 ||
  filters.residualLevels.length > 0 ||
  filters.owners.length > 0 ||
  filters.overdueReview ||
  filters.cell !== null;
