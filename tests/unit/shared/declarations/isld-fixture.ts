/**
 * ETSI ISLD export rows for tests, with the export's real header (as published in ISLD-export.csv, column
 * meanings on ETSI's "IPR Reporting Solutions" help page). A row names only what a test cares about; the
 * other cells get plausible values.
 */
export const isldHeader = [
  'IPRD_ID',
  'IPRD_REFERENCE',
  'IPRD_SIGNATURE_DATE',
  'Reflected Date',
  'COMP_LEGAL_NAME',
  'DECL_IS_PROP_FLAG',
  'LICD_DEC_PREP_TO_GRANT_FLAG',
  'LICD_REC_CONDI_FLAG',
  'DIPG_ID',
  'DIPG_DISPLAY_NUMBER',
  'DIPG_EXTERNAL_ID',
  'Standard',
  'Ess_To_Standard',
  'WI_Type',
  'WOIT_ETSI_DELIVERABLE_NUMBER',
  'WOIT_REFERENCE',
  'WOIT_VERSION',
  '3GPP_Type',
  'TGPP_NUMBER',
  'TGPV_VERSION',
  'Patent_Type',
  'PATT_APPLICATION_NUMBER',
  'PUBL_NUMBER',
  'PBPA_TITLEEN',
  'PBPA_PRIORITY_NUMBERS',
  'Country_Of_Registration',
  'PBPA_APP_DATE',
  'ETPR_ID',
  'ETPR_ACRONYM',
  'Ess_To_Project',
  'Illustrative_Part',
  'DIPG_PATF_ID',
  'Original_Application_Number',
  'Original_Publication_Number',
  'Explicitely_Disclosed',
  'Normalized_Patent',
  '2G',
  '3G',
  '4G',
  '5G',
] as const;

export type IsldRow = Partial<Record<(typeof isldHeader)[number], string>>;

const defaults: IsldRow = {
  IPRD_ID: '31337',
  IPRD_REFERENCE: 'ISLD-201905-010',
  IPRD_SIGNATURE_DATE: '2019-05-10 00:00:00',
  'Reflected Date': '2019-05-20 09:30:00',
  DECL_IS_PROP_FLAG: '1',
  LICD_DEC_PREP_TO_GRANT_FLAG: '1',
  LICD_REC_CONDI_FLAG: '0',
  DIPG_ID: '88001',
  Ess_To_Standard: '1',
  WI_Type: '3GPP',
  '3GPP_Type': 'TS',
  TGPV_VERSION: '15.5.0',
  Patent_Type: 'Basis Patent',
  PBPA_TITLEEN: 'Method and apparatus for transmitting control information, in a wireless system',
  Country_Of_Registration: 'US UNITED STATES',
  PBPA_APP_DATE: '2018-02-01 00:00:00',
  ETPR_ACRONYM: '3GPP-RAN',
  Ess_To_Project: '1',
  Explicitely_Disclosed: '1',
  Normalized_Patent: '1',
  '2G': '0',
  '3G': '0',
  '4G': '0',
  '5G': '0',
};

/** A CSV cell as ETSI writes it: quoted when it holds a comma, a quote or a line break. */
export const csvCell = (value: string): string =>
  /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

export const isldLine = (row: IsldRow, header: readonly string[] = isldHeader): string => {
  const cells: IsldRow = { ...defaults, ...row };
  return header.map((column) => csvCell(cells[column as keyof IsldRow] ?? '')).join(',');
};

export const isldCsv = (rows: readonly IsldRow[], header: readonly string[] = isldHeader): string =>
  [header.join(','), ...rows.map((row) => isldLine(row, header))].join('\r\n') + '\r\n';

export const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);
