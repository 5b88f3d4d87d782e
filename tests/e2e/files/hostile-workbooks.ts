import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { loadExcelJs } from '../../../shared/import/libraries';

/** Workbooks built to hurt the app, made from a real one as an attacker would: by editing its parts. */

const vendorWorkbook = async (): Promise<Record<string, Uint8Array>> => {
  const workbook = new (await loadExcelJs()).Workbook();
  const sheet = workbook.addWorksheet('Vendors');
  sheet.addRow(['name', 'hqCountry']);
  sheet.addRow(['Nordic Radio', 'FI']);
  return unzipSync(new Uint8Array(await workbook.xlsx.writeBuffer()));
};

/** 6 KB: one row numbered 2,147,483,000, which took the page a minute to walk. */
export const rowBombWorkbook = async (): Promise<Buffer> => {
  const parts = await vendorWorkbook();
  const sheet = strFromU8(parts['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
  parts['xl/worksheets/sheet1.xml'] = strToU8(
    sheet.replace(
      '</sheetData>',
      '<row r="2147483000"><c r="A2147483000" t="inlineStr"><is><t>Far</t></is></c></row></sheetData>',
    ),
  );
  return Buffer.from(zipSync(parts));
};

/** 4 MB of blanks as the shared strings part, compressed a thousand times, as only a crafted file is. */
export const zipBombWorkbook = async (): Promise<Buffer> => {
  const parts = await vendorWorkbook();
  parts['xl/sharedStrings.xml'] = new Uint8Array(4 * 1024 * 1024).fill(0x20);
  return Buffer.from(zipSync(parts));
};
