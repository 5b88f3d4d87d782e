import { describe, expect, it } from 'vitest';
import { clauseNames, type Licence } from '@shared/domain';
import { csvTemplate, entityImports, previewImportFile, type ExistingWorkspace } from '@shared/import';
import { storedDependency, storedVendor } from '../fixtures/records';
import { csv, englishLabels, englishWords, messages } from './import-fixtures';

const nordic = storedVendor('Nordic Radio');
const ran = storedDependency('Radio access network', nordic.id);
const core = storedDependency('Packet core', nordic.id);

const storedLicence = (title: string, extra: Partial<Licence> = {}): Licence => ({
  id: crypto.randomUUID(),
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  title,
  type: 'commercial',
  dependencyIds: [],
  autoRenew: false,
  clauses: {
    terminationForConvenience: 'yes',
    changeOfControl: 'yes',
    sanctionsExit: 'yes',
    auditRights: 'yes',
    sourceEscrow: 'yes',
    ipIndemnity: 'yes',
    exportControl: 'yes',
    dataLocalisation: 'yes',
    stepIn: 'yes',
    supportContinuity: 'yes',
  },
  notes: '',
  ...extra,
});

const workspace = (licences: Licence[] = []): ExistingWorkspace => ({
  vendors: [nordic],
  dependencies: [ran, core],
  licences,
  risks: [],
});

const licences = (existing: ExistingWorkspace, ...lines: string[]) =>
  previewImportFile('licences', csv(...lines), existing);

describe('licence import columns', () => {
  it('has one column per licence field and one per clause', () => {
    expect(entityImports.licences.columns.map((column) => column.header)).toEqual([
      'id',
      'title',
      'type',
      'vendor',
      'dependencies',
      'spdxExpression',
      'standard',
      'frand',
      'startDate',
      'endDate',
      'noticeDays',
      'autoRenew',
      'governingLaw',
      'annualCost',
      'currency',
      'royaltyBasis',
      ...clauseNames,
      'fieldOfUse',
      'notes',
    ]);
  });

  it('reads the template’s example row into a licence with every value converted', async () => {
    const plan = await previewImportFile(
      'licences',
      await csvTemplate('licences', englishLabels),
      workspace(),
      {
        words: englishWords,
      },
    );
    expect(messages(plan)).toEqual([]);
    expect(plan.records[0]?.input).toMatchObject({
      title: 'RAN software licence',
      type: 'commercial',
      frand: true,
      noticeDays: 90,
      autoRenew: true,
      annualCost: 120000,
      clauses: { terminationForConvenience: 'yes', changeOfControl: 'partial', sourceEscrow: 'no' },
    });
  });
});

describe('importing licences', () => {
  it('links the vendor by name and the dependencies by names or ids, whatever their case', async () => {
    const plan = await licences(
      workspace(),
      'title,type,vendor,dependencies',
      `RAN licence,commercial,nordic radio,radio access network; ${core.id}`,
    );
    expect(messages(plan)).toEqual([]);
    expect(plan.records[0]?.input).toMatchObject({ vendorId: nordic.id, dependencyIds: [ran.id, core.id] });
    expect(plan.linked).toEqual({
      vendors: [nordic.id],
      dependencies: [ran.id, core.id],
      licences: [],
      risks: [],
    });
  });

  it('names a vendor or dependency that is not in the workspace', async () => {
    const plan = await licences(
      workspace(),
      'title,type,vendor,dependencies',
      'RAN licence,commercial,Southern Radio,Radio access network; Transport',
    );
    expect(messages(plan)).toEqual([
      'Row 2, vendor “Southern Radio”: No vendor has this name or id in the workspace. Import the vendors first.',
      'Row 2, dependencies “Transport”: No dependency has this name or id in the workspace. Import the dependencies first.',
    ]);
    expect(plan.records).toEqual([]);
  });

  it('refuses an invalid SPDX expression, suggesting the one it most likely means', async () => {
    const plan = await licences(
      workspace(),
      'title,type,spdxExpression',
      'Good,open-source,MIT OR Apache-2.0',
      'Misspelt,open-source,apache2',
      'Broken,open-source,MIT AND',
    );
    expect(messages(plan)).toEqual([
      'Row 3, spdxExpression “apache2”: This is not a valid SPDX licence expression. Did you mean Apache-2.0?',
      expect.stringMatching(
        /^Row 4, spdxExpression “MIT AND”: This is not a valid SPDX licence expression\./,
      ),
    ]);
  });

  it('refuses a clause value other than yes, no, partial or unknown, naming the clause column', async () => {
    const plan = await licences(
      workspace(),
      'title,type,auditRights,stepIn',
      'RAN licence,commercial,maybe,Partial',
    );
    expect(messages(plan)).toEqual(['Row 2, auditRights “maybe”: Choose one of the options offered.']);
  });

  it('updates a licence by title whatever its case, keeping the clauses the file has no column for', async () => {
    const existing = storedLicence('RAN licence', { noticeDays: 30 });
    const plan = await licences(
      workspace([existing]),
      'title,type,auditRights,noticeDays',
      'ran LICENCE,commercial,no,90',
    );
    expect(messages(plan)).toEqual([]);
    expect(plan).toMatchObject({ created: 0, updated: 1 });
    expect(plan.records[0]).toMatchObject({ id: existing.id, action: 'update' });
    expect(plan.records[0]?.input.clauses).toEqual({ ...existing.clauses, auditRights: 'no' });
  });

  it('refuses an end date before the start and a governing law that is not a country', async () => {
    const plan = await licences(
      workspace(),
      'title,type,startDate,endDate,governingLaw',
      'RAN licence,commercial,2026-01-01,2025-01-01,XX',
    );
    expect(plan.problems.map((problem) => problem.column)).toEqual(['endDate', 'governingLaw']);
  });
});
