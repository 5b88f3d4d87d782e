import {
  builtInStandards,
  type DeclarationAggregates,
  type ExposureInput,
  type ExposureLicence,
} from '../shared/domain/standards';
import { random } from './synthetic-workspace';

/** The ISLD export's columns, as ETSI publishes them (tests/unit/shared/declarations/isld-fixture.ts). */
const header =
  'IPRD_ID,IPRD_REFERENCE,IPRD_SIGNATURE_DATE,Reflected Date,COMP_LEGAL_NAME,DECL_IS_PROP_FLAG,LICD_DEC_PREP_TO_GRANT_FLAG,LICD_REC_CONDI_FLAG,DIPG_ID,DIPG_DISPLAY_NUMBER,DIPG_EXTERNAL_ID,Standard,Ess_To_Standard,WI_Type,WOIT_ETSI_DELIVERABLE_NUMBER,WOIT_REFERENCE,WOIT_VERSION,3GPP_Type,TGPP_NUMBER,TGPV_VERSION,Patent_Type,PATT_APPLICATION_NUMBER,PUBL_NUMBER,PBPA_TITLEEN,PBPA_PRIORITY_NUMBERS,Country_Of_Registration,PBPA_APP_DATE,ETPR_ID,ETPR_ACRONYM,Ess_To_Project,Illustrative_Part,DIPG_PATF_ID,Original_Application_Number,Original_Publication_Number,Explicitely_Disclosed,Normalized_Patent,2G,3G,4G,5G';

const holderNames = Array.from({ length: 2_000 }, (_, index) =>
  index % 3 === 0 ? `"Holder ${index} Technologies Co., Ltd."` : `Holder ${index} Corporation`,
);
const specifications = Array.from({ length: 200 }, (_, index) => {
  const series = [38, 36, 25, 23, 24, 29, 33, 45][index % 8] ?? 38;
  return { series, number: `${series}.${String(100 + index).padStart(3, '0')}` };
});
const flags = (series: number): string =>
  series === 38
    ? '0,0,0,1'
    : series === 36
      ? '0,0,1,0'
      : series === 25
        ? '0,1,0,0'
        : series === 45
          ? '1,0,0,0'
          : '0,0,1,1';

/**
 * A deterministic ISLD-shaped export of `rows` rows (about 250 bytes each), written as ETSI does: one row
 * per declaration × specification version × patent, a few holders declaring most families, each family on
 * one to four specifications in one to three versions. Encoded straight into bytes, a block of rows at a
 * time, so a 250 MB file never exists as one string.
 */
export const isldExportBytes = (rows: number, seed = 17): Uint8Array => {
  const next = random(seed);
  const encoder = new TextEncoder();
  const blocks: Uint8Array[] = [encoder.encode(`${header}\r\n`)];
  let lines: string[] = [];
  let written = 0;
  let family = 0;
  while (written < rows) {
    family += 1;
    // Zipf-like: the first holders declare most families.
    const holder = holderNames[Math.floor(holderNames.length * next() ** 3)] ?? '';
    const date = `20${10 + Math.floor(next() * 15)}-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}`;
    const declaration = 20_000 + Math.floor(family / 20);
    for (let spec = 1 + Math.floor(next() * 4); spec > 0 && written < rows; spec -= 1) {
      const { series, number } = specifications[Math.floor(next() * specifications.length)] ?? {
        series: 38,
        number: '38.331',
      };
      for (let version = 1 + Math.floor(next() * 3); version > 0 && written < rows; version -= 1) {
        lines.push(
          `${declaration},ISLD-${date.slice(0, 7)}-${declaration % 1000},${date} 00:00:00,${date} 12:00:00,${holder},1,1,0,${400_000 + family},D${family},,ETSI TS 1${number.replace('.', ' ')},1,3GPP,,,${14 + version}.0.0,TS,${number},${14 + version}.0.0,Basis Patent,US${16_000_000 + family},US${10_000_000 + family}B2,"${family % 2 ? 'Beam reporting, method' : 'Uplink control'}",,US UNITED STATES,2018-03-04 00:00:00,1234,3GPP,1,,${family},,,1,1,${flags(series)}`,
        );
        written += 1;
      }
    }
    if (lines.length >= 10_000) {
      blocks.push(encoder.encode(`${lines.join('\r\n')}\r\n`));
      lines = [];
    }
  }
  if (lines.length > 0) blocks.push(encoder.encode(`${lines.join('\r\n')}\r\n`));
  const bytes = new Uint8Array(blocks.reduce((total, block) => total + block.length, 0));
  let at = 0;
  for (const block of blocks) {
    bytes.set(block, at);
    at += block.length;
  }
  return bytes;
};

const clauses = (ipIndemnity: 'yes' | 'no'): ExposureLicence['clauses'] => ({
  terminationForConvenience: 'unknown',
  changeOfControl: 'unknown',
  sanctionsExit: 'unknown',
  auditRights: 'unknown',
  sourceEscrow: 'unknown',
  ipIndemnity,
  exportControl: 'unknown',
  dataLocalisation: 'unknown',
  stepIn: 'unknown',
  supportContinuity: 'unknown',
});

/**
 * Exposure at the scale: declarations of 2,000 holders on each of 200 standards (400,000 entries),
 * the holders matched to 2,000 vendors, 1,000 dependencies implementing five standards each, 500 SEP
 * licences (by number or generation tag) and 300 supply contracts indemnifying IP.
 */
export const syntheticExposureInput = (
  standardCount = 200,
  holderCount = 2_000,
  seed = 23,
): ExposureInput => {
  const next = random(seed);
  const numbers = [
    ...builtInStandards
      .filter((standard) => standard.number.startsWith('TS '))
      .map((standard) => standard.number),
    ...Array.from({ length: standardCount }, (_, index) => `TS 38.${String(index).padStart(3, '0')}`),
  ].slice(0, standardCount);
  const sorted = [...numbers].sort();
  const holders = Array.from({ length: holderCount }, (_, index) => ({
    key: `holder ${String(index).padStart(4, '0')}`,
    name: `Holder ${index}`,
    spellings: [],
    families: 0,
  }));
  const aggregates: DeclarationAggregates = {
    families: 0,
    holders,
    standards: sorted.map((number) => ({
      number,
      families: holders.map((_, holder): [number, number] => [holder, 1 + Math.floor(next() * 200)]),
    })),
    generations: (['2G', '3G', '4G', '5G'] as const).map((generation) => ({
      generation,
      families: holders.map((_, holder): [number, number] => [holder, 1 + Math.floor(next() * 500)]),
    })),
  };
  const vendorIds = holders.map((_, index) => `vendor-${index}`);
  const countries = ['CN', 'US', 'FI', 'SE', 'KR', 'JP', 'DE', 'FR'];
  return {
    aggregates,
    holderVendorIds: vendorIds,
    vendors: vendorIds.map((id, index) => ({
      id,
      name: `Vendor ${index}`,
      hqCountry: countries[index % countries.length] ?? 'FR',
    })),
    dependencies: Array.from({ length: 1_000 }, (_, index) => ({
      id: `dependency-${index}`,
      standards: [0, 1, 2, 3, 4].map((offset) => sorted[(index * 5 + offset) % sorted.length] ?? 'TS 38.331'),
    })),
    licences: [
      ...Array.from({ length: 500 }, (_, index): ExposureLicence => ({
        id: `sep-${index}`,
        type: 'patent-sep',
        vendorId: vendorIds[index * 3] ?? 'vendor-0',
        dependencyIds: [],
        standard: index % 2 === 0 ? '5G; LTE' : `${sorted[index % sorted.length] ?? ''}; TS 23.501`,
        clauses: clauses('no'),
      })),
      ...Array.from({ length: 300 }, (_, index): ExposureLicence => ({
        id: `supply-${index}`,
        type: 'commercial',
        dependencyIds: [`dependency-${index * 3}`],
        clauses: clauses('yes'),
      })),
    ],
    references: builtInStandards,
    essentialityRates: Object.fromEntries(vendorIds.slice(0, 100).map((id) => [id, 40])),
  };
};
