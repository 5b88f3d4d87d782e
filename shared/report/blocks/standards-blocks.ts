import type { StandardsSection } from '../index';
import type { ReportBlock, ReportCell } from './report-blocks';
import type { ReportWords } from './report-words';

const bandTone = { high: 'high', moderate: 'medium', unconcentrated: 'low' } as const;

/** A share the board should look at: most of a standard's families uncovered reads high. */
const uncoveredTone = (share: number): ReportCell['tone'] =>
  share >= 0.5 ? 'high' : share > 0 ? 'medium' : 'low';

const declarationBlocks = (section: StandardsSection, words: ReportWords): ReportBlock[] => {
  const { t, integer, percent } = words;
  const countryName = (code: string | undefined) =>
    code === undefined ? t('boardReport.standards.unknownCountry') : words.country(code);
  return [
    {
      kind: 'paragraph',
      text: t('boardReport.standards.inForce', {
        files: section.declarations
          .map((file) =>
            t('boardReport.standards.file', { file: file.fileName, date: words.date(file.importedOn) }),
          )
          .join('; '),
      }),
    },
    { kind: 'heading', level: 2, text: t('boardReport.standards.top'), id: 'standards-top' },
    {
      kind: 'paragraph',
      text: t('boardReport.standards.topNote', {
        shown: integer(section.topStandards.length),
        count: section.declaredStandards,
      }),
      tone: 'note',
    },
    {
      kind: 'table',
      table: {
        caption: t('boardReport.standards.top'),
        columns: [
          t('boardReport.standards.standard'),
          t('boardReport.standards.dependencies'),
          t('boardReport.standards.families'),
          t('boardReport.standards.holders'),
          t('boardReport.standards.hhi'),
          t('boardReport.standards.uncovered'),
        ],
        rows: section.topStandards.map((row): ReportCell[] => [
          { text: row.standard, source: row.source },
          { text: integer(row.dependencyCount), align: 'right' },
          { text: integer(row.families), align: 'right' },
          { text: integer(row.partyCount), align: 'right' },
          row.hhi === undefined || row.band === undefined
            ? { text: '—' }
            : {
                text: t('boardReport.standards.hhiBand', {
                  hhi: integer(row.hhi),
                  band: t(`concentration.band.${row.band}`),
                }),
                tone: bandTone[row.band],
              },
          { text: percent(row.uncoveredShare), align: 'right', tone: uncoveredTone(row.uncoveredShare) },
        ]),
        empty: t('boardReport.standards.noDeclared'),
      },
    },
    { kind: 'heading', level: 2, text: t('boardReport.standards.countries'), id: 'standards-countries' },
    { kind: 'paragraph', text: t('boardReport.standards.countriesNote'), tone: 'note' },
    ...(section.countries.length === 0
      ? []
      : [
          {
            kind: 'shareChart' as const,
            title: t('boardReport.standards.countriesChart'),
            columns: [
              t('boardReport.standards.country'),
              t('boardReport.standards.holders'),
              t('boardReport.standards.share'),
            ] as [string, string, string],
            bars: section.countries.map((row) => ({
              label: countryName(row.country),
              count: row.holders,
              share: row.share,
            })),
          },
        ]),
    {
      kind: 'table',
      table: {
        caption: t('boardReport.standards.countries'),
        columns: [
          t('boardReport.standards.country'),
          t('boardReport.standards.holders'),
          t('boardReport.standards.families'),
          t('boardReport.standards.share'),
        ],
        rows: section.countries.map((row): ReportCell[] => [
          { text: countryName(row.country) },
          { text: integer(row.holders), align: 'right' },
          { text: integer(row.families), align: 'right' },
          { text: percent(row.share), align: 'right' },
        ]),
        empty: t('boardReport.standards.noDeclared'),
      },
    },
  ];
};

const stackBlocks = (section: StandardsSection, words: ReportWords): ReportBlock[] => {
  const { t, integer } = words;
  return [
    { kind: 'heading', level: 2, text: t('boardReport.standards.stack'), id: 'standards-stack' },
    { kind: 'paragraph', text: t('boardReport.standards.stackNote'), tone: 'note' },
    {
      kind: 'table',
      table: {
        caption: t('boardReport.standards.stack'),
        columns: [
          t('boardReport.standards.device'),
          t('boardReport.standards.criticality'),
          t('boardReport.standards.holders'),
          t('boardReport.standards.counted'),
          t('boardReport.standards.licensed'),
          t('boardReport.standards.withoutRate'),
          t('boardReport.standards.perUnit'),
        ],
        rows: section.devices.map((device): ReportCell[] => [
          { text: device.name, source: device.source },
          { text: integer(device.criticality), align: 'right' },
          { text: integer(device.holders), align: 'right' },
          { text: integer(device.counted), align: 'right' },
          { text: integer(device.licensed), align: 'right' },
          { text: integer(device.withoutRate), align: 'right' },
          {
            text:
              device.totals.length === 0
                ? t('boardReport.standards.noStack')
                : device.totals.map((total) => words.amount(total.amount, total.currency)).join(' + '),
            align: 'right',
          },
        ]),
        empty: t('boardReport.standards.noDevices'),
      },
    },
  ];
};

/**
 * Standards and patent exposure: the standards with the largest uncovered share, holders by country (a
 * chart and its table), the royalty stack of the main devices (an estimate), and the self-declared caveat
 * always. Without a standard in use the section is one line; without declarations, two.
 */
export const standardsBlocks = (section: StandardsSection, words: ReportWords): ReportBlock[] => {
  const { t } = words;
  if (section.standardsInUse === 0)
    return [{ kind: 'paragraph', text: t('boardReport.standards.none'), tone: 'note' }];
  const caveat: ReportBlock = { kind: 'paragraph', text: t('declarations.caveat'), tone: 'note' };
  if (section.declarations.length === 0)
    return [
      {
        kind: 'paragraph',
        text: t('boardReport.standards.noDeclarations', { count: section.standardsInUse }),
      },
      caveat,
    ];
  return [
    { kind: 'paragraph', text: t('boardReport.standards.intro'), tone: 'note' },
    caveat,
    ...declarationBlocks(section, words),
    ...stackBlocks(section, words),
  ];
};
