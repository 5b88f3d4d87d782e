import { unzipSync, zipSync } from 'fflate';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WorkbenchDatabase } from '@renderer/db/database';
import { closeWorkspace, openWorkspace, workspace } from '@renderer/data/database';
import { checklistOf, recordAnswers, startAssessment } from '@renderer/data/assessments';
import { saveSettings } from '@renderer/data/settings';
import { saveVendor } from '@renderer/data/vendors';
import { exportWorkspace, replaceWorkspace } from '@renderer/data/workspace-backup';
import { readWorkspaceInWorker } from '@renderer/features/settings/readWorkspaceInWorker';
import { builtInChecklists } from '@shared/checklists';
import { localiseChecklist } from '@shared/checklists/localise';
import { scoreAssessment, type Assessment, type Checklist } from '@shared/domain';
import { buildQuestionnaire, readQuestionnaire } from '@shared/questionnaire';
import { registerContext } from '@shared/export/context';
import { fixtureApp } from '../shared/workspace-fixture';
import {
  ANSWER,
  englishWords,
  french,
  frenchWords,
  open,
  questionnaireSheet,
} from '../shared/questionnaire-fixtures';
import { inProcessWorker } from './in-process-worker';
import { refusalOf } from './refusal-of';
import { clearRecords } from './stored-records';

/**
 * Version 2026.1 of the EU 5G Toolbox checklist shipped with an item on screening vendors against the FCC
 * Covered List under SM03; 2026.2 moved that check to our own DW-SOV ids in the supplier risk profile. An
 * assessment answered against 2026.1 must keep that item, its answer and the score it gave.
 */
const euToolbox = '5b0c1d2e-3f40-4a51-8b62-7c83d94ea501';
const droppedItem = 'eu5g-sm03-reference-lists';
let vendorId: string;

const itemIds = (checklist: Checklist) =>
  checklist.sections.flatMap((section) => section.items.map((item) => item.id));
const itemText = (checklist: Checklist | undefined, id: string) =>
  checklist?.sections.flatMap((section) => section.items).find((item) => item.id === id)?.text;

/** An assessment as the app stored it before 2026.2 shipped: the same record, pinned to 2026.1. */
const assessmentOf2026_1 = async (): Promise<Assessment> => {
  const { id } = await startAssessment({ checklistId: euToolbox, subject: { type: 'vendor', id: vendorId } });
  await workspace().assessments.update(id, { checklistVersion: '2026.1' });
  return (await workspace().assessments.get(id))!;
};

const errorKey = async (promise: Promise<unknown>) => (await refusalOf(promise)).key;

beforeEach(async () => {
  await openWorkspace(
    new WorkbenchDatabase('checklist-versions', { indexedDB: new IDBFactory(), IDBKeyRange }),
  );
  await saveSettings({ userName: 'Ines Moreau', organisationName: 'Atlantic Telecom' });
  vendorId = (await saveVendor({ name: 'Core Systems', hqCountry: 'SE' })).id;
});

afterEach(() => closeWorkspace());

describe('an assessment answered against an earlier version of a built-in checklist', () => {
  it('is started against the current version when new', async () => {
    const assessment = await startAssessment({
      checklistId: euToolbox,
      subject: { type: 'vendor', id: vendorId },
    });
    expect(assessment.checklistVersion).toBe('2026.2');
    expect(itemIds(await checklistOf(assessment))).not.toContain(droppedItem);
    expect(await errorKey(recordAnswers(assessment.id, { [droppedItem]: { value: 'yes' } }))).toBe(
      'assessments.errors.unknownItem',
    );
  });

  it('keeps the items, answers and score of its version after the next version ships', async () => {
    const old = await assessmentOf2026_1();
    // The item 2026.2 dropped can still be answered, and its answer still counts.
    await recordAnswers(old.id, {
      'eu5g-sm03-risk-profile': { value: 'yes' },
      [droppedItem]: { value: 'no' },
    });
    const stored = (await workspace().assessments.get(old.id))!;
    const checklist = await checklistOf(stored);
    expect(checklist.version).toBe('2026.1');
    expect(itemIds(checklist)).toContain(droppedItem);
    // TM09 as 2026.1 worded it, before it stopped calling NESAS a certification.
    expect(itemText(checklist, 'eu5g-tm09-certification')).toMatch(
      /certified or evaluated under a recognised scheme/,
    );
    // Weights 2 (risk profile, yes) and 1 (screening, no): 2 of 3 points. Read against 2026.2 it would be 100.
    const { overall } = scoreAssessment(checklist, stored.answers);
    expect(overall).toMatchObject({ answered: 2, scoredWeight: 3 });
    expect(overall.score).toBeCloseTo(200 / 3, 6);
  });

  it('shows in the registers export with its own version’s words, in the user’s language', async () => {
    const old = await assessmentOf2026_1();
    await recordAnswers(old.id, { [droppedItem]: { value: 'no' } });
    const stored = (await workspace().assessments.get(old.id))!;
    const context = registerContext({
      records: { vendors: [], dependencies: [], licences: [], risks: [], assessments: [stored] },
      checklists: builtInChecklists.map((checklist) => localiseChecklist(checklist, 'fr')),
      labels: {} as never,
    });
    const shown = context.checklist(stored);
    expect(shown?.version).toBe('2026.1');
    // In French, as 2026.1's French words put it (the item has no French in 2026.2, which dropped it).
    expect(itemText(shown, droppedItem)).toMatch(/^Le fournisseur, ses sociétés mères et ses filiales/);
    expect(scoreAssessment(shown!, stored.answers).overall.score).toBe(0);
  });

  it('exports and reads back its questionnaire against its own version', async () => {
    const old = await assessmentOf2026_1();
    const checklist = localiseChecklist(await checklistOf(old), 'fr');
    const bytes = await buildQuestionnaire({
      checklist,
      assessment: old,
      subjectName: 'Core Systems',
      labels: french,
    });
    const workbook = await open(bytes);
    const sheet = questionnaireSheet(workbook);
    const row = [...Array(sheet.rowCount).keys()].find(
      (index) => sheet.getCell(index + 1, 1).value === droppedItem,
    );
    expect(row).toBeDefined();
    sheet.getCell(row! + 1, ANSWER).value = 'non';
    const filled = new Uint8Array(await workbook.xlsx.writeBuffer());
    const result = await readQuestionnaire(filled, {
      checklist: await checklistOf(old),
      assessment: old,
      words: [frenchWords, englishWords],
    });
    expect(result.ok && result.answers.map(({ itemId, value }) => [itemId, value])).toEqual([
      [droppedItem, 'no'],
    ]);
  });
});

describe('restoring a workspace with assessments of earlier checklist versions', () => {
  const backUp = async () => {
    const built = await exportWorkspace(fixtureApp);
    if (!built.ok) throw new Error('The backup was refused.');
    return built.backup.file;
  };
  const restore = async (file: Blob) => {
    const checked = await readWorkspaceInWorker(file, { createWorker: inProcessWorker });
    if (checked.ok) await replaceWorkspace(checked.value);
    return checked;
  };

  it('brings them back on the version they were answered against', async () => {
    const old = await assessmentOf2026_1();
    await recordAnswers(old.id, { [droppedItem]: { value: 'partial' } });
    const file = await backUp();
    await clearRecords();

    expect(await restore(file)).toMatchObject({ ok: true });
    const restored = (await workspace().assessments.get(old.id))!;
    expect(restored.checklistVersion).toBe('2026.1');
    expect(restored.answers[droppedItem]?.value).toBe('partial');
    expect(itemIds(await checklistOf(restored))).toContain(droppedItem);
  });

  it('refuses, writing nothing, a file whose assessment names a built-in version this app never shipped', async () => {
    const old = await assessmentOf2026_1();
    const entries = unzipSync(new Uint8Array(await (await backUp()).arrayBuffer()));
    const file = JSON.parse(new TextDecoder().decode(entries['workspace.json'])) as {
      assessments: Array<{ id: string; checklistVersion: string }>;
    };
    file.assessments[0]!.checklistVersion = '2099.1';
    entries['workspace.json'] = new TextEncoder().encode(JSON.stringify(file));
    await workspace().vendors.clear();

    const result = await restore(new Blob([zipSync(entries, { level: 0 })]));

    expect(result).toMatchObject({
      ok: false,
      problems: [
        {
          table: 'assessments',
          id: old.id,
          field: 'checklistVersion',
          message: 'workspaceFile.problems.unknownChecklistVersion',
          params: { version: '2099.1' },
        },
      ],
    });
    expect(await workspace().vendors.count()).toBe(0);
  });
});
