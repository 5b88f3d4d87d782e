import { dependencySchema, riskSchema, vendorSchema } from '../../shared/domain';
import { noRecords, writeWorkspaceFile } from './files/workspace-file';
import { expect, readStore, test } from './fixtures';
import { BackupSection } from './pages/BackupSection';
import { DecisionForm } from './pages/DecisionForm';
import { DecisionPage } from './pages/DecisionPage';
import { FILE_READ_TIMEOUT } from './pages/file-reading';

const at = '2026-01-05T09:00:00.000Z';
const meta = () => ({ id: crypto.randomUUID(), createdAt: at, updatedAt: at });
const nordic = vendorSchema.parse({ ...meta(), name: 'Nordic Radio', hqCountry: 'SE' });
const iberian = vendorSchema.parse({ ...meta(), name: 'Iberian Radio', hqCountry: 'ES' });
const ranNorth = dependencySchema.parse({
  ...meta(),
  name: 'RAN north',
  vendorId: nordic.id,
  kind: 'hardware',
  domain: 'ran',
  criticality: 5,
  substitutability: 'hard',
});
const singleSupplier = riskSchema.parse({
  ...meta(),
  title: 'Single RAN supplier',
  category: 'concentration',
  likelihood: 4,
  impact: 5,
  dependencyIds: [ranNorth.id],
});

interface DecisionRow {
  id: string;
  status: string;
  question: string;
  chosenOptionId?: string;
  rationale?: string;
  reviewer?: string;
  approvedBy?: string;
  options: { id: string; kind: string; title: string; moves: { toVendorId?: string; share: number }[] }[];
}
interface RiskRow {
  id: string;
  actions: { title: string; owner?: string; status: string }[];
}

const question = 'Do we add a second RAN source?';

test('a decision with two options is written, a bad share refused on its field, chosen, reviewed, approved by someone else, and its follow-up lands on the risk', async ({
  page,
}, testInfo) => {
  const backup = new BackupSection(page);
  const form = new DecisionForm(page);
  const decision = new DecisionPage(page);

  await test.step('the workspace holds a RAN dependency on Nordic Radio, Iberian Radio and its concentration risk', async () => {
    const seedPath = testInfo.outputPath('seed.zip');
    await writeWorkspaceFile(
      seedPath,
      { ...noRecords(), vendors: [nordic, iberian], dependencies: [ranNorth], risks: [singleSupplier] },
      at,
    );
    await backup.open();
    await backup.chooseBackup(seedPath);
    await backup.replace.click();
    await expect(page.getByText(/^Workspace restored from the backup of/)).toBeVisible({
      timeout: FILE_READ_TIMEOUT,
    });
  });

  await test.step('the question, its subject and two options are typed; a share of 120 % is refused on its field', async () => {
    await decision.openList();
    await expect(page.getByRole('heading', { level: 1, name: 'Decisions' })).toBeVisible();
    await decision.newDecision.click();
    await form.question.fill(question);
    await form.choose(form.dependencies, 'RAN north — Nordic Radio');
    await form.owner.fill('CTO office');
    const stay = form.option(1);
    await expect(stay.getByText(/Keep the vendor and seek better terms/)).toBeVisible();
    await stay.getByRole('textbox', { name: 'Option', exact: true }).fill('Stay and renegotiate');
    await form.choose(stay.getByRole('combobox', { name: 'Target clauses' }), 'Sanctions exit');
    const second = form.option(2);
    await form.choose(second.getByRole('combobox', { name: 'Kind' }), 'Dual-source');
    await second.getByRole('textbox', { name: 'Option', exact: true }).fill('Second source');
    const move = await form.addMove(2, 'RAN north — Nordic Radio', 'Iberian Radio', '120');
    await form.save.click();
    await expect(move.getByText('Enter a share greater than 0 and at most 100 %.')).toBeVisible();
    expect(await readStore<DecisionRow>(page, 'decisions')).toEqual([]);
    await move.getByRole('textbox', { name: 'Share moved' }).fill('40');
  });

  await test.step('the second source mitigates the risk, with a follow-up action; the decision is saved', async () => {
    const second = form.option(2);
    await form.choose(second.getByRole('combobox', { name: 'Risks it mitigates' }), 'Single RAN supplier');
    const residual = second.getByRole('group', { name: 'Expected residual of Single RAN supplier' });
    await form.choose(residual.getByRole('combobox', { name: 'Expected likelihood' }), '2');
    await form.choose(residual.getByRole('combobox', { name: 'Expected impact' }), '4');
    await second.getByRole('button', { name: 'Add a follow-up action' }).click();
    const followUp = second.getByRole('group', { name: 'Follow-up 1' });
    await followUp.getByRole('textbox', { name: 'Follow-up action' }).fill('Sign the second RAN contract');
    await followUp.getByRole('textbox', { name: 'Owner' }).fill('Procurement');
    await form.saveAndConfirm(question);
    await expect(decision.compare).toBeVisible();
    const [saved] = await readStore<DecisionRow>(page, 'decisions');
    expect(saved).toMatchObject({ status: 'draft', question });
    expect(saved?.options.map((option) => option.kind)).toEqual(['renegotiate', 'dual-source']);
    expect(saved?.options[1]?.moves).toEqual([
      { dependencyId: ranNorth.id, toVendorId: iberian.id, share: 40 },
    ]);
  });

  await test.step('the second source is chosen with a rationale and submitted for review', async () => {
    await decision.chooseOption('Second source', 'Halves the exposure for a modest cost.');
    await decision.step('Submit for review', 'Reviewer', 'Board secretary');
    await expect(page.getByText('In review with Board secretary.')).toBeVisible();
    const [saved] = await readStore<DecisionRow>(page, 'decisions');
    expect(saved).toMatchObject({
      status: 'in-review',
      reviewer: 'Board secretary',
      rationale: 'Halves the exposure for a modest cost.',
      chosenOptionId: saved?.options[1]?.id,
    });
  });

  await test.step('another person approves: the decision is locked and the action is on the risk', async () => {
    await decision.step('Approve', 'Approver', 'Marc Dubois');
    await expect(page.getByText(/^Approved by Marc Dubois on/)).toBeVisible();
    await expect(decision.edit).toHaveCount(0);
    await expect(decision.followUps.getByRole('link', { name: 'Single RAN supplier' })).toBeVisible();
    await expect(decision.followUps).toContainText('Sign the second RAN contract · owner Procurement');
    const [saved] = await readStore<DecisionRow>(page, 'decisions');
    expect(saved).toMatchObject({ status: 'approved', approvedBy: 'Marc Dubois' });
    const [risk] = await readStore<RiskRow>(page, 'risks');
    expect(risk?.actions).toEqual([
      expect.objectContaining({
        title: 'Sign the second RAN contract',
        owner: 'Procurement',
        status: 'todo',
      }),
    ]);
  });

  await test.step('the risk page lists the action; the vendor moved to shows the decision in its panel', async () => {
    await decision.followUps.getByRole('link', { name: 'Single RAN supplier' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Single RAN supplier' })).toBeVisible();
    await expect(page.getByText('Sign the second RAN contract', { exact: true })).toBeVisible();
    await page.goto(`./#/vendors/${iberian.id}`);
    const panel = page.getByRole('region', { name: 'Decisions' });
    await expect(panel.getByRole('link', { name: question })).toBeVisible();
    await expect(panel.getByText('Approved')).toBeVisible();
  });
});
