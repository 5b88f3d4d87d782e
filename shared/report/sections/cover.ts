import type { Classification, ReportPeriod } from '../options';
import type { ReportContext } from '../context';

export interface CoverSection {
  title: string;
  organisation: { name: string; country?: string };
  /** YYYY-MM-DD: the day the report is dated. */
  date: string;
  classification: Classification;
  preparedBy?: string;
  approvedBy?: string;
  period?: ReportPeriod;
}

export const buildCover = ({ data, options }: ReportContext): CoverSection => ({
  title: options.title,
  organisation: data.organisation,
  date: data.today,
  classification: options.classification,
  ...(options.preparedBy !== undefined && { preparedBy: options.preparedBy }),
  ...(options.approvedBy !== undefined && { approvedBy: options.approvedBy }),
  ...(options.period !== undefined && { period: options.period }),
});
