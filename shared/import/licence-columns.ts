import { clauseNames, clauseValues, licenceTypeValues, royaltyBasisValues } from '../domain/licence';
import { parseSpdx } from '../domain/spdx';
import * as cells from './cells';
import { choiceColumn, column, type CellCheck, type ImportColumn } from './columns';

const yesNo = ['yes', 'no', 'true', 'false'];

/** An SPDX expression the parser refuses, reported with the expression it most likely meant. */
const checkSpdx: CellCheck = (cell) => {
  const parsed = parseSpdx(cell.trim());
  if (parsed.ok) return undefined;
  return { message: parsed.message, ...(parsed.suggestion && { params: { suggestion: parsed.suggestion } }) };
};

const clauseExamples = [
  'yes',
  'partial',
  'yes',
  'yes',
  'no',
  'yes',
  'unknown',
  'yes',
  'no',
  'partial',
] as const;

const clauseColumn = (clause: (typeof clauseNames)[number], index: number): ImportColumn =>
  choiceColumn(clause, clauseExamples[index] ?? 'unknown', clauseValues, (labels) => labels.clauseValue, {
    path: ['clauses', clause],
  });

/** The columns of a licence import file, one per field of the Licence record and one per clause. */
export const licenceColumns: readonly ImportColumn[] = [
  column('id', '9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d', cells.text, { inSampleRow: false }),
  column('title', 'RAN software licence', cells.text, { required: true }),
  choiceColumn('type', 'commercial', licenceTypeValues, (labels) => labels.licenceType, { required: true }),
  column('vendor', 'Nordic Radio', cells.text, {
    path: ['vendorId'],
    inSampleRow: false,
    reference: { table: 'vendors', many: false },
  }),
  column('dependencies', 'Radio access network; Packet core', cells.list, {
    path: ['dependencyIds'],
    many: true,
    inSampleRow: false,
    reference: { table: 'dependencies', many: true },
  }),
  column('spdxExpression', 'Apache-2.0 OR MIT', cells.text, { check: checkSpdx }),
  column('standard', '3GPP Release 17', cells.text),
  column('frand', 'yes', cells.boolean, { allowed: yesNo }),
  column('startDate', '2024-01-01', cells.text),
  column('endDate', '2026-12-31', cells.text),
  column('noticeDays', '90', cells.number),
  column('autoRenew', 'yes', cells.boolean, { allowed: yesNo }),
  column('governingLaw', 'FI', cells.text),
  column('annualCost', '120000', cells.number),
  column('currency', 'EUR', cells.text),
  choiceColumn('royaltyBasis', 'fixed', royaltyBasisValues, (labels) => labels.royaltyBasis),
  ...clauseNames.map(clauseColumn),
  column('fieldOfUse', 'Radio access network in France', cells.text),
  column('notes', 'Renegotiation planned for 2026.', cells.longText),
];
