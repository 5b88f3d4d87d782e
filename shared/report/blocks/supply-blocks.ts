import type { ConcentrationSection, ExposureSection, SovereigntySection } from '../index';
import { sovereigntyCriteria, sovereigntyCriterionCodes } from '../../domain';
import { criterionLabel } from '../../import/criterion-label';
import type { ReportBlock } from './report-blocks';
import type { ReportWords } from './report-words';

const bandTone = { high: 'high', moderate: 'medium', unconcentrated: 'low' } as const;
const levelTone = {
  critical: 'high',
  high: 'high',
  medium: 'medium',
  low: 'low',
  none: 'low',
  unrated: undefined,
} as const;

export const concentrationBlocks = (section: ConcentrationSection, words: ReportWords): ReportBlock[] => {
  const { t, integer, percent } = words;
  const domainName = (domain: string) => t(`dependencies.domain.${domain}`);
  return [
    { kind: 'paragraph', text: t('boardReport.concentration.intro'), tone: 'note' },
    {
      kind: 'concentrationChart',
      title: t('boardReport.concentration.chart'),
      columns: [
        t('boardReport.concentration.domain'),
        t('boardReport.concentration.hhi'),
        t('boardReport.concentration.band'),
      ],
      domains: section.domains.map(({ domain, hhi, band }) => ({
        domain,
        label: domainName(domain),
        bandLabel: t(`concentration.band.${band}`),
        hhi,
        band,
      })),
    },
    {
      kind: 'table',
      table: {
        caption: t('boardReport.concentration.table'),
        columns: [
          t('boardReport.concentration.domain'),
          t('boardReport.concentration.hhi'),
          t('boardReport.concentration.band'),
          t('boardReport.concentration.dependencies'),
          t('boardReport.concentration.topVendors'),
        ],
        rows: section.domains.map((domain) => [
          { text: domainName(domain.domain), source: domain.source },
          { text: integer(domain.hhi), align: 'right', tone: bandTone[domain.band] },
          { text: t(`concentration.band.${domain.band}`) },
          { text: integer(domain.dependencyCount), align: 'right' },
          {
            text: domain.shares
              .slice(0, 3)
              .map((share) =>
                t('boardReport.concentration.share', {
                  vendor: share.vendorName,
                  share: percent(share.share),
                }),
              )
              .join(' · '),
          },
        ]),
        empty: t('boardReport.empty'),
      },
    },
  ];
};

export const exposureBlocks = (section: ExposureSection, words: ReportWords): ReportBlock[] => {
  const { t, integer } = words;
  return [
    { kind: 'paragraph', text: t('boardReport.exposure.intro'), tone: 'note' },
    {
      kind: 'table',
      table: {
        caption: t('boardReport.exposure.table'),
        columns: [
          t('boardReport.exposure.vendor'),
          t('boardReport.exposure.level'),
          t('boardReport.exposure.direct'),
          t('boardReport.exposure.indirect'),
          t('boardReport.exposure.critical'),
        ],
        rows: section.vendors.map((vendor) => [
          { text: vendor.vendorName, source: vendor.source },
          { text: t(`vendors.level.${vendor.level}`), tone: levelTone[vendor.level] },
          { text: integer(vendor.direct), align: 'right' },
          { text: integer(vendor.indirect), align: 'right' },
          { text: vendor.critical.map((dependency) => dependency.name).join(', ') || '—' },
        ]),
        empty: t('boardReport.empty'),
      },
    },
  ];
};

export const sovereigntyBlocks = (section: SovereigntySection, words: ReportWords): ReportBlock[] => {
  const { t } = words;
  const rating = (value: number | null) =>
    value === null ? t('boardReport.sovereignty.notRated') : String(value);
  return [
    { kind: 'paragraph', text: t('boardReport.sovereignty.intro'), tone: 'note' },
    {
      kind: 'table',
      table: {
        caption: t('boardReport.sovereignty.table'),
        columns: [
          t('boardReport.sovereignty.vendor'),
          t('boardReport.sovereignty.country'),
          t('boardReport.sovereignty.level'),
          t('boardReport.sovereignty.index'),
          ...sovereigntyCriteria.map((criterion) => sovereigntyCriterionCodes[criterion]),
          t('boardReport.sovereignty.listed'),
        ],
        rows: section.vendors.map((vendor) => [
          { text: vendor.vendorName, source: vendor.source },
          { text: vendor.hqCountry },
          { text: t(`vendors.level.${vendor.level}`), tone: levelTone[vendor.level] },
          { text: vendor.index === null ? '—' : String(vendor.index), align: 'right' },
          ...sovereigntyCriteria.map((criterion) => ({
            text: rating(vendor.ratings[criterion]),
            align: 'right' as const,
          })),
          { text: t(vendor.listed ? 'boardReport.sovereignty.yes' : 'boardReport.sovereignty.no') },
        ]),
        empty: t('boardReport.empty'),
      },
    },
    // The columns carry the codes only (six names would not fit a page); the names follow, as the form gives them.
    {
      kind: 'paragraph',
      text: t('boardReport.sovereignty.criteria', {
        criteria: sovereigntyCriteria.map((criterion) => criterionLabel(t, criterion)).join('; '),
      }),
      tone: 'note',
    },
  ];
};
