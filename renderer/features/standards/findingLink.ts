import type { PatentRiskDraft } from '@shared/domain/standards';
import { paths } from '@renderer/paths';

/** The new-risk form, prefilled with a finding: Legal / IP, its title and description, its links. */
export const findingRiskLink = (draft: PatentRiskDraft, title: string, description: string): string => {
  const params = new URLSearchParams();
  params.set('category', draft.category);
  params.set('title', title.length > 200 ? `${title.slice(0, 199)}…` : title);
  params.set('description', description);
  for (const id of draft.vendorIds) params.append('vendorId', id);
  for (const id of draft.dependencyIds) params.append('dependencyId', id);
  return `${paths.risks.new}?${params.toString()}`;
};
