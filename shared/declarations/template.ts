import { templateColumnNames } from './columns';

/**
 * Our own declarations template as CSV: the columns columns.ts reads, and two example rows (a family declared
 * on two specifications, each counted once per standard). Families are counted by `patent family id`, else
 * by `publication number`; `holder country` is an ISO 3166-1 alpha-2 code; dates are YYYY-MM-DD.
 */
export const declarationsTemplateCsv = (): string =>
  [
    templateColumnNames.join(','),
    'Example Patents Oy,FI,TS 38.331,FAM-0001,EP1234567B1,2021-03-15',
    'Example Patents Oy,FI,TS 38.300,FAM-0001,EP1234567B1,2021-03-15',
  ].join('\r\n') + '\r\n';
