import {
  assessmentSchema,
  auditEventSchema,
  checklistSchema,
  decisionSchema,
  evidenceRecordSchema,
  licenceSchema,
  referenceEntrySchema,
  reportRecordSchema,
  riskSchema,
  sbomComponentSchema,
  sha256Hex,
} from '@shared/domain';
import { builtInChecklists } from '@shared/checklists';
import type { WorkspaceRecords } from '@shared/workspace/workspace-data';
import { crc32OfBlob, zipStored } from '@shared/workspace/zip-write';
import { storedDependency, storedVendor } from '../fixtures/records';

const meta = () => ({
  id: crypto.randomUUID(),
  createdAt: '2025-03-01T10:00:00.000Z',
  updatedAt: '2025-03-02T10:00:00.000Z',
});

/**
 * A small workspace with a record in every table and every kind of link between them, as stored (parsed by
 * the shared schemas), with the bytes of its one evidence file.
 */
export const sampleWorkspace = async (): Promise<{
  records: WorkspaceRecords;
  evidenceBytes: Map<string, Uint8Array<ArrayBuffer>>;
}> => {
  const parent = storedVendor('Parent Group');
  const vendor = storedVendor('Nordic Radio', { parentVendorId: parent.id, tags: ['ran'] });
  const core = storedDependency('Core router', parent.id);
  const radio = storedDependency('Radio unit', vendor.id, { upstreamIds: [core.id], criticality: 5 });
  const licence = licenceSchema.parse({
    ...meta(),
    title: 'RAN software licence',
    type: 'commercial',
    vendorId: vendor.id,
    dependencyIds: [radio.id],
    autoRenew: true,
    notes: '',
  });
  const checklist = checklistSchema.parse({
    ...meta(),
    name: 'Our checklist',
    version: '1',
    builtIn: false,
    subjectType: 'vendor',
    sections: [
      { id: 's1', title: 'Section', items: [{ id: 'q1', text: 'Question?', answerType: 'yes-no' }] },
    ],
  });
  const bytes = new TextEncoder().encode('Signed statement of ownership\n'.repeat(2000));
  const evidenceId = crypto.randomUUID();
  const assessment = assessmentSchema.parse({
    ...meta(),
    checklistId: checklist.id,
    checklistVersion: '1',
    subject: { type: 'vendor', id: vendor.id },
    answers: { q1: { value: 'yes', evidenceIds: [evidenceId] } },
  });
  const revision = assessmentSchema.parse({
    ...meta(),
    checklistId: builtInChecklists[0]!.id,
    checklistVersion: builtInChecklists[0]!.version,
    subject: { type: 'licence', id: licence.id },
    revision: 2,
    previousId: assessment.id,
  });
  const evidence = evidenceRecordSchema.parse({
    ...meta(),
    id: evidenceId,
    assessmentId: assessment.id,
    fileName: 'ownership.txt',
    mimeType: 'text/plain',
    size: bytes.byteLength,
    sha256: await sha256Hex(bytes),
  });
  const risk = riskSchema.parse({
    ...meta(),
    title: 'Single RAN vendor',
    category: 'concentration',
    vendorIds: [vendor.id],
    dependencyIds: [radio.id],
    licenceIds: [licence.id],
    likelihood: 4,
    impact: 5,
    actions: [{ id: crypto.randomUUID(), title: 'Second source', status: 'doing' }],
    source: { assessmentId: assessment.id, itemId: 'q1' },
  });
  // A decision naming a vendor, dependencies and a risk, and an approved revision it was reopened from.
  const decision = decisionSchema.parse({
    ...meta(),
    question: 'Do we add a second RAN source?',
    subject: { type: 'dependencies', dependencyIds: [radio.id] },
    owner: 'CTO office',
    status: 'approved',
    approvedBy: 'Ana',
    approvedAt: '2025-03-03T10:00:00.000Z',
    reviewer: 'Ana',
    chosenOptionId: '00000000-0000-4000-8000-000000000002',
    rationale: 'Halves the exposure for a year of work.',
    options: [
      {
        id: '00000000-0000-4000-8000-000000000001',
        kind: 'renegotiate',
        title: 'Stay',
        targetClauses: ['sourceEscrow'],
      },
      {
        id: '00000000-0000-4000-8000-000000000002',
        kind: 'dual-source',
        title: 'Second source',
        moves: [{ dependencyId: radio.id, toVendorId: parent.id, share: 50 }],
        expectedResidual: { [risk.id]: [2, 4] },
        followUp: [{ title: 'Sign the second contract', riskIds: [risk.id] }],
      },
    ],
  });
  const reopened = decisionSchema.parse({
    ...decision,
    ...meta(),
    status: 'draft',
    revision: 2,
    previousId: decision.id,
    approvedBy: undefined,
    approvedAt: undefined,
  });
  const records: WorkspaceRecords = {
    vendors: [parent, vendor],
    dependencies: [core, radio],
    licences: [licence],
    risks: [risk],
    checklists: [checklist],
    assessments: [assessment, revision],
    evidence: [evidence],
    auditLog: [
      auditEventSchema.parse({
        id: crypto.randomUUID(),
        at: '2025-03-02T10:00:00.000Z',
        actor: 'Ana',
        table: 'vendors',
        recordId: vendor.id,
        action: 'update',
        changes: { name: ['Nordic', 'Nordic Radio'] },
      }),
    ],
    reports: [
      reportRecordSchema.parse({
        ...meta(),
        kind: 'board',
        title: 'Board report Q1',
        generatedAt: '2025-03-31T10:00:00.000Z',
        generatedBy: 'Ana',
        fileName: 'board.pdf',
        sha256: 'a'.repeat(64),
      }),
    ],
    sbomComponents: [
      sbomComponentSchema.parse({
        ...meta(),
        dependencyId: radio.id,
        name: 'openssl',
        licences: ['Apache-2.0'],
      }),
    ],
    referenceEntries: [referenceEntrySchema.parse({ ...meta(), list: 'fcc-covered', name: 'Example Corp' })],
    // Format 4's tables: filled by the tests of format 4 (workspace-file-format-4.test.ts).
    declarationSets: [],
    royaltyRates: [],
    decisions: [decision, reopened],
  };
  return { records, evidenceBytes: new Map([[evidence.id, bytes]]) };
};

/** A workspace with no records, to spread the tables a test needs over. */
export const emptyRecords = (): WorkspaceRecords => ({
  vendors: [],
  dependencies: [],
  licences: [],
  risks: [],
  checklists: [],
  assessments: [],
  evidence: [],
  auditLog: [],
  reports: [],
  sbomComponents: [],
  referenceEntries: [],
  declarationSets: [],
  royaltyRates: [],
  decisions: [],
});

export const fixtureApp = { name: 'Diligence Workbench', version: '0.1.0' };

/** The evidence bytes as the database holds them: one Blob per evidence id. */
export const evidenceFilesOf = (
  evidenceBytes: ReadonlyMap<string, Uint8Array<ArrayBuffer>>,
): Map<string, Blob> => new Map([...evidenceBytes].map(([id, bytes]) => [id, new Blob([bytes])]));

/**
 * A workspace file of format version 2 (one JSON text, evidence as base64), as the app wrote it before the
 * ZIP container: what a user's older backups are. It had no decisions (added in format version 5).
 */
export const legacyWorkspaceJson = (
  { records, evidenceBytes }: { records: WorkspaceRecords; evidenceBytes: ReadonlyMap<string, Uint8Array> },
  exportedAt = '2026-01-31T09:00:00.000Z',
): string =>
  JSON.stringify({
    format: 'diligence-workbench/workspace',
    formatVersion: 2,
    exportedAt,
    app: fixtureApp,
    organisation: { name: 'Example Telecom', country: 'FR' },
    ...records,
    decisions: undefined,
    evidence: records.evidence.map((record) => ({
      ...record,
      contentBase64: Buffer.from(evidenceBytes.get(record.id)!).toString('base64'),
    })),
  });

/** A ZIP container of the given entries (stored), to build files the app would not write. */
export const containerOf = async (entries: Record<string, string | Uint8Array<ArrayBuffer>>): Promise<Blob> =>
  zipStored(
    await Promise.all(
      Object.entries(entries).map(async ([name, content]) => {
        const data = new Blob([content]);
        return { name, data, crc32: await crc32OfBlob(data) };
      }),
    ),
    { modified: new Date('2026-01-31T09:00:00.000Z') },
  );
