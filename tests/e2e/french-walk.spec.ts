import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import JSZip from 'jszip';
import { loadExcelJs } from '../../shared/import/libraries';
import { expect, readStore, test } from './fixtures';
import { ids, writeFrenchWorkspace } from './files/french-workspace';
import { BackupSection } from './pages/BackupSection';
import { FrenchScreens } from './pages/FrenchScreens';

interface Named {
  name: string;
  notes?: string;
}

interface StoredReport {
  kind: string;
}

/** The checks of a screen, each reporting every English piece it meets before the test fails. */
const walk = (page: Page) => {
  const screens = new FrenchScreens(page);
  return {
    screens,
    noEnglish: async (screen: string) => {
      expect.soft(await screens.englishFound(), `English on ${screen}`).toEqual([]);
    },
    noEnglishInLists: async (screen: string) => {
      expect.soft(await screens.englishInLists(), `English in the lists of ${screen}`).toEqual([]);
    },
  };
};

/**
 * Every screen of the app in French, with a small workspace of French records: no English word or phrase
 * is shown or read out (names, hints, placeholders), built-in checklists included. The walk reports every
 * English piece it meets, screen by screen, before it fails. Two walks, run side by side.
 */
test.describe('in French, no English text outside the user’s data', () => {
  test.beforeEach(async ({ page, app, settings }, testInfo) => {
    // Every screen of a part of the app, each read whole: longer than the default budget allows.
    test.slow();
    const screens = new FrenchScreens(page);
    const backup = new BackupSection(page);
    await test.step('a workspace of French records is restored, then the app is switched to French', async () => {
      const path = testInfo.outputPath('espace-francais.zip');
      await writeFrenchWorkspace(path);
      await app.open('/settings');
      await settings.userName.fill('Inès Moreau');
      await settings.saveAndConfirm();
      await backup.open();
      await backup.chooseBackup(path);
      await backup.replace.click();
      await expect(page.getByText(/^Workspace restored from the backup of/)).toBeVisible();
      expect((await readStore<Named>(page, 'vendors')).map((vendor) => vendor.name).sort()).toEqual([
        'Brevets Lumière',
        'Câbles Atlantique',
        'Dragon Réseaux',
        'Radiocom Nordique',
      ]);
      await settings.chooseLanguage('Language of the app', 'Français');
      // Reloaded so that the notices of the restore, shown in English, are gone.
      await page.reload();
      await screens.settled('Paramètres');
      await walk(page).noEnglish('the Settings screen after the switch');
    });
  });

  test('the Dashboard, vendors and dependencies', async ({ page }) => {
    const { screens, noEnglish, noEnglishInLists } = walk(page);

    await test.step('Dashboard', async () => {
      await screens.open('/', 'Tableau de bord');
      await expect(page.getByText('Fournisseur unique pour le cœur de réseau').first()).toBeVisible();
      await noEnglish('the Dashboard');
    });

    await test.step('Vendors: list, details, form, deletion dialog', async () => {
      await screens.open('/vendors', 'Fournisseurs');
      await expect(page.getByRole('link', { name: 'Radiocom Nordique' })).toBeVisible();
      await noEnglish('the vendor list');
      await noEnglishInLists('the vendor list');
      for (const id of [ids.dragon, ids.radiocom]) {
        await screens.open(`/vendors/${id}`, /Dragon Réseaux|Radiocom Nordique/);
        await noEnglish(`vendor ${id}`);
      }
      await screens.button('Supprimer').click();
      await expect(screens.dialog(/^Supprimer Radiocom Nordique/)).toBeVisible();
      await noEnglish('the vendor deletion dialog');
      await page.keyboard.press('Escape');
      await screens.open('/vendors/new', /./);
      await noEnglish('the new vendor form');
      await noEnglishInLists('the new vendor form');
      await screens.open(`/vendors/${ids.dragon}/edit`, /Dragon Réseaux/);
      await noEnglish('the vendor form');
      await page.getByRole('textbox', { name: 'Notes' }).fill('Contrat en renégociation.');
      await screens.button('Enregistrer le fournisseur').click();
      await expect(page.getByText('Dragon Réseaux enregistré.')).toBeVisible();
      await noEnglish('a vendor just saved');
      const dragon = (await readStore<Named>(page, 'vendors')).find(
        (stored) => stored.name === 'Dragon Réseaux',
      );
      expect(dragon?.notes).toBe('Contrat en renégociation.');
    });

    await test.step('Dependencies: list with concentration, details with SBOM and exposure, form', async () => {
      await screens.open('/dependencies', 'Dépendances');
      await expect(page.getByRole('link', { name: 'Station de base 5G' })).toBeVisible();
      await noEnglish('the dependency list');
      const tooltip = await screens.showTooltip(page.getByRole('img', { name: /^IHH/ }));
      await expect(tooltip).toContainText('IHH');
      await noEnglish('the concentration chart’s tooltip');
      await noEnglishInLists('the dependency list');
      for (const id of [ids.station, ids.coeur]) {
        await screens.open(`/dependencies/${id}`, /Station de base 5G|Cœur de réseau paquets/);
        await noEnglish(`dependency ${id}`);
      }
      await screens.open('/dependencies/new', /./);
      await noEnglish('the new dependency form');
      await noEnglishInLists('the new dependency form');
      await screens.open(`/dependencies/${ids.station}/edit`, /Station de base 5G/);
      await noEnglish('the dependency form');
    });
  });

  test('licences, risks, the search and the import screens', async ({ page }) => {
    const { screens, noEnglish, noEnglishInLists } = walk(page);

    await test.step('Licences: register, clause matrix, deadlines, details, form', async () => {
      await screens.open('/licences', 'Licences');
      await expect(page.getByRole('link', { name: 'Licence logicielle RAN' })).toBeVisible();
      await noEnglish('the licence register');
      await noEnglishInLists('the licence register');
      await screens.tab('Matrice des clauses').click();
      await expect(page.getByRole('table').first()).toBeVisible();
      await noEnglish('the clause matrix');
      await screens.tab('Échéances').click();
      await expect(screens.tab('Échéances')).toHaveAttribute('aria-selected', 'true');
      await noEnglish('the licence deadlines');
      for (const id of [ids.ranLicence, ids.sepLicence, ids.openLicence]) {
        await screens.open(
          `/licences/${id}`,
          /Licence logicielle RAN|Brevets essentiels 5G|Bibliothèque libre/,
        );
        await noEnglish(`licence ${id}`);
      }
      await screens.open('/licences/new', /./);
      await noEnglish('the new licence form');
      await noEnglishInLists('the new licence form');
      await screens.open(`/licences/${ids.ranLicence}/edit`, /Licence logicielle RAN/);
      await noEnglish('the licence form');
    });

    await test.step('Risks: register with heatmaps, treatment plan, details, form', async () => {
      await screens.open('/risks', 'Risques');
      await expect(page.getByRole('link', { name: 'Exposition aux sanctions' })).toBeVisible();
      await noEnglish('the risk register');
      await noEnglishInLists('the risk register');
      await screens.open('/risks/actions', /./);
      await expect(page.getByText('Qualifier un second fournisseur').first()).toBeVisible();
      await noEnglish('the treatment plan');
      for (const id of [ids.singleCore, ids.finding]) {
        await screens.open(`/risks/${id}`, /Fournisseur unique|Criblage des listes/);
        await noEnglish(`risk ${id}`);
      }
      await screens.open('/risks/new', /./);
      await noEnglish('the new risk form');
      await noEnglishInLists('the new risk form');
      await screens.open(`/risks/${ids.singleCore}/edit`, /Fournisseur unique/);
      await noEnglish('the risk form');
    });

    await test.step('the global search, with results and with none', async () => {
      await screens.open('/', 'Tableau de bord');
      await page
        .getByRole('banner')
        .getByRole('button', { name: /^Rechercher/ })
        .click();
      const search = page.getByRole('dialog');
      await search
        .getByRole('textbox', { name: 'Rechercher fournisseurs, dépendances, licences et risques' })
        .fill('Dragon');
      await expect(search.getByRole('button', { name: /^Dragon Réseaux/ })).toBeVisible();
      await noEnglish('the search results');
      await search.getByRole('textbox').fill('introuvable');
      await expect(search.getByText(/introuvable/).first()).toBeVisible();
      await noEnglish('a search that finds nothing');
      await page.keyboard.press('Escape');
    });

    await test.step('Import screens, with a file read and its problems listed', async () => {
      for (const [entity, heading] of [
        ['vendors', /fournisseurs/i],
        ['dependencies', /dépendances/i],
        ['licences', /licences/i],
      ] as const) {
        await screens.open(`/import/${entity}`, heading);
        await noEnglish(`the ${entity} import`);
      }
      await screens.open('/import/vendors', /fournisseurs/i);
      await page.getByLabel('Choisir un fichier CSV ou XLSX').setInputFiles({
        name: 'fournisseurs.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('name,hqCountry\r\nBaltique Radio,FI\r\nSans pays,ZZ\r\n'),
      });
      await expect(page.getByRole('heading', { level: 2, name: /fournisseurs\.csv/ })).toBeVisible();
      await noEnglish('an import preview');
    });
  });

  test('checklists, assessments, reports, calendar, reference lists and settings', async ({ page }) => {
    const { screens, noEnglish, noEnglishInLists } = walk(page);

    await test.step('Checklists: templates, a built-in and an own one, the editor', async () => {
      await screens.open('/checklists', 'Listes de contrôle');
      await screens.tab('Modèles').click();
      await expect(page.getByRole('link', { name: 'Notre grille interne' })).toBeVisible();
      await noEnglish('the checklist templates');
      await screens.open('/checklists/5b0c1d2e-3f40-4a51-8b62-7c83d94ea501', /Boîte à outils de l’UE/);
      await noEnglish('a built-in checklist');
      const exported = page.waitForEvent('download');
      await screens.button('Exporter en JSON').click();
      const file = readFileSync(await (await exported).path());
      // The built-in's own file, imported back, is refused, naming it as the reader knows it.
      await screens.open('/checklists', 'Listes de contrôle');
      await screens.tab('Modèles').click();
      const chooser = page.waitForEvent('filechooser');
      await screens.button('Importer des listes (JSON)').click();
      await (
        await chooser
      ).setFiles({ name: 'boite-a-outils.json', mimeType: 'application/json', buffer: file });
      const refusal = screens.dialog('Le fichier n’a pas été importé');
      await expect(refusal).toContainText(
        'Boîte à outils de l’UE pour la cybersécurité de la 5G — mesures de l’opérateur',
      );
      await noEnglish('the refusal of a built-in’s file');
      await refusal.getByRole('button', { name: 'Fermer' }).click();
      await screens.open('/checklists/5b0c1d2e-3f40-4a51-8b62-7c83d94ea501/edit', /./);
      await noEnglish('a built-in checklist’s editor');
      await screens.open(`/checklists/${ids.ownChecklist}`, 'Notre grille interne');
      await noEnglish('an own checklist');
      await screens.open(`/checklists/${ids.ownChecklist}/edit`, /Notre grille interne/);
      await noEnglish('the checklist editor');
      await screens.open('/checklists/new', /./);
      await noEnglish('the new checklist editor');
      await noEnglishInLists('the new checklist editor');
    });

    await test.step('Assessments: the list, the start dialog, assessments in each state', async () => {
      await screens.open('/checklists/assessments', 'Évaluations');
      await expect(page.getByRole('link', { name: /Dragon Réseaux/ }).first()).toBeVisible();
      await noEnglish('the assessment list');
      await screens.button('Démarrer une évaluation').first().click();
      await expect(screens.dialog('Démarrer une évaluation')).toBeVisible();
      await noEnglish('the start-assessment dialog');
      await page.keyboard.press('Escape');
      for (const id of [ids.profile, ids.toolbox, ids.licenceReview, ids.sovereignty]) {
        await screens.open(`/checklists/assessments/${id}`, /./);
        await noEnglish(`assessment ${id}`);
      }
      await screens.open(`/checklists/assessments/${ids.profile}`, /./);
      await expect(
        page.getByText(
          'Quelle est la force du lien entre le fournisseur et le gouvernement d’un pays tiers à l’UE ?',
        ),
      ).toBeVisible();
    });

    await test.step('Reports: the options and the preview, in French until another language is picked', async () => {
      await screens.open('/reports', 'Rapports');
      await expect(page.getByRole('combobox', { name: 'Langue du rapport' })).toHaveValue('Français');
      await expect(page.getByRole('combobox', { name: 'Mention de classification' })).toHaveValue(
        'CONFIDENTIEL',
      );
      await noEnglish('the Reports screen');
      await noEnglishInLists('the Reports screen');
      const saved = await page.evaluate(() => localStorage.getItem('diligence-workbench.board-report'));
      expect(saved === null || !('language' in (JSON.parse(saved) as { state: object }).state)).toBe(true);
      const download = page.waitForEvent('download');
      await screens.button('Exporter en Word').click();
      const word = await JSZip.loadAsync(readFileSync(await (await download).path()));
      expect(await word.file('word/header1.xml')?.async('string')).toContain('CONFIDENTIEL');
      expect(await word.file('word/document.xml')?.async('string')).toContain(
        'Profil de risque du fournisseur',
      );
      expect(await readStore<StoredReport>(page, 'reports')).toMatchObject([{ kind: 'board-docx' }]);
      await noEnglish('the Reports screen after an export');
      const registers = page.waitForEvent('download');
      await screens.button('Exporter le classeur (XLSX)').click();
      const workbook = new (await loadExcelJs()).Workbook();
      await workbook.xlsx.readFile(await (await registers).path());
      const assessed = workbook.getWorksheet('Évaluations');
      const cells = (assessed?.getSheetValues() ?? []).flat().map(String);
      expect(cells).toContain('Profil de risque du fournisseur');
      expect(cells).not.toContain('Supplier risk profile');
      await screens.open('/reports/board/print', /./);
      await expect(page.locator('body')).toHaveAttribute('data-report-ready', 'true');
      await expect(page.getByRole('article')).toContainText('Profil de risque du fournisseur');
      await expect(page.getByRole('article')).toContainText('CONFIDENTIEL');
      await noEnglish('the printed board report');
    });

    await test.step('Calendar, reference lists, settings, not-found', async () => {
      await screens.open('/calendar', /./);
      await noEnglish('the calendar');
      await screens.open('/reference', /./);
      await noEnglish('the reference lists');
      await screens.open('/settings', 'Paramètres');
      await noEnglish('the settings');
      await noEnglishInLists('the settings');
      await screens.open('/nulle-part', 'Page introuvable');
      await noEnglish('the not-found page');
    });
  });

  test('standards and patents, decisions and the activity', async ({ page }) => {
    const { screens, noEnglish, noEnglishInLists } = walk(page);

    await test.step('Standards: those in use, a standard’s holders, declarations, royalty rates', async () => {
      await screens.open('/standards', 'Normes');
      await expect(page.getByRole('link', { name: 'TS 38.331' })).toBeVisible();
      await noEnglish('the standards list');
      await screens.open(`/standards/view/${encodeURIComponent('TS 38.331')}`, /TS 38\.331/);
      await expect(page.getByRole('main')).toContainText('Brevets Lumière');
      await noEnglish('a standard’s page');
      await screens.open('/standards/declarations', /./);
      await expect(page.getByRole('main')).toContainText('declarations-2026.csv');
      await noEnglish('the declarations');
      await screens.open('/standards/rates', 'Taux de redevance');
      await noEnglish('the royalty rates');
      await noEnglishInLists('the royalty rates');
      await screens.open(`/vendors/${ids.brevets}`, 'Brevets Lumière');
      await noEnglish('a patent holder’s page');
    });

    await test.step('Decisions: the list, a decision, its comparison, the form', async () => {
      await screens.open('/decisions', 'Décisions');
      await expect(page.getByRole('link', { name: /Restons-nous avec Radiocom Nordique/ })).toBeVisible();
      await noEnglish('the decision list');
      await noEnglishInLists('the decision list');
      await screens.open(`/decisions/${ids.decision}`, /Restons-nous/);
      await noEnglish('a decision');
      await screens.open(`/decisions/${ids.decision}/compare`, /./);
      await expect(page.getByRole('main')).toContainText('Second fournisseur pour la station');
      await noEnglish('a decision’s comparison');
      await screens.open(`/decisions/${ids.decision}/edit`, /./);
      await noEnglish('the decision form');
      await noEnglishInLists('the decision form');
      await screens.open('/decisions/new', /./);
      await noEnglish('the new decision form');
    });

    await test.step('Activity: the whole trail with its filters', async () => {
      await screens.open('/activity', /./);
      await expect(page.getByRole('main')).toContainText('Inès Moreau');
      await noEnglish('the activity');
      await noEnglishInLists('the activity');
    });
  });
});
