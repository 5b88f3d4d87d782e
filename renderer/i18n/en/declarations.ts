/**
 * Declared essential patents (shared/declarations, shared/domain/standards): why a declarations file is
 * refused, which rows were left out, the findings offered as risks, and the caveat shown beside every share.
 */
export const declarations = {
  caveat:
    'Shares are of declared patent families. Declarations are made by the holders themselves and are not checked for essentiality: a declared family may not be essential, and no court or pool has confirmed these figures.',
  problems: {
    tooLarge: 'This file is {{size}}; a declarations file can be at most {{limit}}.',
    empty:
      'This file is empty. Choose ETSI’s ISLD export (ISLD-export.csv) or a file made from the template.',
    notText:
      'This file is not text (UTF-8 or Windows-1252), so it cannot be a CSV export. Choose the CSV file itself, unzipped.',
    notDeclarations:
      'This file is neither ETSI’s ISLD export nor the declarations template: its columns are {{columns}}. Choose ISLD-export.csv or a file made from the template.',
    gdExport:
      'This is ETSI’s GD export (general declarations), which names no patent. Choose the ISLD export (ISLD-export.csv) instead.',
    unknownColumns:
      'The template has no column {{columns}}. Use only its columns: holder, holder country, standard, patent family id, publication number, declaration date.',
    duplicateColumn: 'The column “{{column}}” appears twice; keep one.',
    missingHolderColumn: 'The column that names the declaring company ({{column}}) is missing.',
    missingStandardColumn: 'The column that names the standard ({{column}}) is missing.',
    missingFamilyColumn: 'No column identifies the patents ({{column}}): give at least one of them.',
    noRows: 'This file has its header row but no declaration under it.',
    noUsableRows:
      'No row of this file could be used: each lacks a holder, a standard or a patent. The reasons follow.',
    tooManyRows: 'This file has more than {{limit}} rows, more than a declarations file can hold here.',
    recordTooLong:
      'Row {{row}} runs past {{limit}} characters: a quote is probably left open. Check the file was exported as CSV and is complete.',
    unclosedQuote:
      'Row {{row}} opens a quote that the file never closes: the file is damaged or incomplete. Export it again as CSV.',
    tooManyHolders: 'This file names more than {{limit}} declaring companies, more than can be kept here.',
    tooManyStandards: 'This file names more than {{limit}} standards, more than can be kept here.',
    tooManyFamilies:
      'This file declares more than {{limit}} patent families per holder and standard in all, more than can be kept here.',
  },
  rows: {
    noHolder_one: '{{count}} row names no declaring company and was left out (row {{rows}}).',
    noHolder_other: '{{count}} rows name no declaring company and were left out (rows {{rows}}…).',
    noStandard_one:
      '{{count}} row names neither a standard nor a generation and was left out (row {{rows}}).',
    noStandard_other:
      '{{count}} rows name neither a standard nor a generation and were left out (rows {{rows}}…).',
    noFamily_one:
      '{{count}} row has no patent family id, publication or application number and was left out (row {{rows}}).',
    noFamily_other:
      '{{count}} rows have no patent family id, publication or application number and were left out (rows {{rows}}…).',
    columnCount_one:
      '{{count}} row does not have as many cells as the header and was left out (row {{rows}}).',
    columnCount_other:
      '{{count}} rows do not have as many cells as the header and were left out (rows {{rows}}…).',
    tooLong_one: '{{count}} row has a value longer than any name or number and was left out (row {{rows}}).',
    tooLong_other:
      '{{count}} rows have a value longer than any name or number and were left out (rows {{rows}}…).',
    badCountry_one:
      '{{count}} row gives a holder country that is not a two-letter ISO code; the country was ignored (row {{rows}}).',
    badCountry_other:
      '{{count}} rows give a holder country that is not a two-letter ISO code; the country was ignored (rows {{rows}}…).',
    badDate_one: '{{count}} row gives a declaration date that is not a date; it was ignored (row {{rows}}).',
    badDate_other:
      '{{count}} rows give a declaration date that is not a date; it was ignored (rows {{rows}}…).',
  },
  findings: {
    sovereigntyTitle: 'Uncovered essential patents of {{holder}} ({{level}} sovereignty concern)',
    sovereigntyDescription:
      '{{holder}} has declared patent families essential to {{standards}} (up to {{share}} % of the declared families), and neither a licence of ours nor our suppliers’ IP indemnities cover all of them. Its sovereignty level is {{level}}. Declarations are self-declared and not checked for essentiality.',
    shareTitle: '{{holder}} holds {{share}} % of the declared patents on a standard we use',
    shareDescription:
      '{{holder}} has declared more than {{threshold}} % of the patent families essential to {{standards}} (up to {{share}} %). Declarations are self-declared and not checked for essentiality.',
  },
} as const;
