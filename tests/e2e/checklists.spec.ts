import { expect, readStore, test } from './fixtures';
import { ChecklistDetailPage } from './pages/ChecklistDetailPage';
import { ChecklistForm } from './pages/ChecklistForm';
import { ChecklistsPage } from './pages/ChecklistsPage';

interface ChecklistRow {
  id: string;
  name: string;
  version: string;
  builtIn: boolean;
  sections: {
    id: string;
    title: string;
    items: { id: string; text: string; answerType: string; higherIsWorse?: boolean }[];
  }[];
}
interface AuditRow {
  table: string;
  recordId: string;
  action: string;
}

const BUILT_IN = 'Licence and IP due diligence';
const COPY = `${BUILT_IN} (copy)`;
const EDITED = 'Does the licence list every patent family and standard release it covers?';
const ADDED = 'How dependent is the product on patents licensed from a single holder?';

test('a built-in checklist is duplicated, edited, exported, and a bad import changes nothing', async ({
  page,
}) => {
  const list = new ChecklistsPage(page);
  const detail = new ChecklistDetailPage(page);
  const form = new ChecklistForm(page);

  await test.step('the templates list shows the built-in checklists, read-only', async () => {
    await list.open();
    await expect(list.row(BUILT_IN).getByText('Built-in')).toBeVisible();
    await list.openChecklist(BUILT_IN);
    await expect(page.getByText('A built-in checklist is read-only')).toBeVisible();
    await expect(detail.edit).toHaveCount(0);
  });

  await test.step('duplicating it opens the editor of an own copy', async () => {
    await detail.duplicate.click();
    await expect(page.getByRole('heading', { level: 1, name: `Edit ${COPY}` })).toBeVisible();
    await expect(form.name).toHaveValue(COPY);
  });

  let firstItemCount = 0;
  await test.step('edit an item, add one rated as a concern, and save', async () => {
    firstItemCount = await form.items().count();
    await form.item(1).getByLabel('Question').fill(EDITED);
    await form.addItem.click();
    const added = form.item(firstItemCount + 1);
    await added.getByLabel('Question').fill(ADDED);
    await form.choose(added.getByRole('combobox', { name: 'Answer type' }), 'Maturity 0–4');
    await added.getByRole('checkbox', { name: /Rated as a concern/ }).check();
    await added.getByLabel('Reference').fill('DW-LIC-99');
    await form.saveAndConfirm(COPY);
    await detail.section('Standard-essential patents and FRAND terms').click();
    await expect(page.getByText(EDITED)).toBeVisible();
    await expect(page.getByText(ADDED)).toBeVisible();
  });

  let exported = '';
  await test.step('export it as JSON', async () => {
    const file = await detail.exportFile();
    expect(file.fileName).toMatch(/^licence-and-ip-due-diligence-copy-.+\.json$/);
    exported = file.text;
    const parsed = JSON.parse(exported) as { format: string; checklists: ChecklistRow[] };
    expect(parsed.format).toBe('diligence-workbench/checklists');
    expect(parsed.checklists[0]?.sections[0]?.items.map((item) => item.text)).toContain(ADDED);
  });

  await test.step('a bad file is refused with the place of each problem, and nothing changes', async () => {
    const before = await readStore<ChecklistRow>(page, 'checklists');
    const auditBefore = await readStore<AuditRow>(page, 'auditLog');
    const bad = JSON.parse(exported) as {
      checklists: (ChecklistRow & { sections: { items: { weight: number }[] }[] })[];
    };
    bad.checklists[0]!.name = 'Imported';
    bad.checklists[0]!.sections[0]!.items[1]!.weight = 0;
    await list.open();
    await list.importFile('bad-checklists.json', JSON.stringify(bad));
    await expect(list.rejection).toBeVisible();
    await expect(list.rejection.getByText('Nothing was changed.', { exact: false })).toBeVisible();
    await expect(
      list.rejection.getByText(
        'Checklist 1, section 1, item 2 — Weight: Enter a weight greater than 0 and at most 100.',
      ),
    ).toBeVisible();
    await list.rejection.getByRole('button', { name: 'Close' }).click();
    expect(await readStore<ChecklistRow>(page, 'checklists')).toEqual(before);
    expect(await readStore<AuditRow>(page, 'auditLog')).toHaveLength(auditBefore.length);
  });

  await test.step('after a reload, the copy and its audit trail are persisted', async () => {
    await page.reload();
    await expect(list.row(COPY).getByText('Own')).toBeVisible();
    const [stored, ...others] = await readStore<ChecklistRow>(page, 'checklists');
    expect(others).toHaveLength(0);
    expect(stored).toMatchObject({ name: COPY, version: '2026.1', builtIn: false });
    const items = stored!.sections[0]!.items;
    expect(items).toHaveLength(firstItemCount + 1);
    expect(items[0]).toMatchObject({ id: 'lic-sep-coverage', text: EDITED });
    expect(items.at(-1)).toMatchObject({ text: ADDED, answerType: 'maturity', higherIsWorse: true });
    expect(items.at(-1)?.id).toMatch(/^lic-sep-how-dependent/);
    const audit = await readStore<AuditRow>(page, 'auditLog');
    expect(
      audit
        .filter((event) => event.recordId === stored!.id)
        .map((event) => event.action)
        .sort(),
    ).toEqual(['create', 'update']);
  });
});
