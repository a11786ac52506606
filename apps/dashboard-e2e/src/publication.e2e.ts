import { Page } from '@playwright/test';
import { AdminPage } from './pages/admin.page';
import { MeasurePage } from './pages/measure.page';
import { SignInPage } from './pages/sign-in.page';
import { ACCOUNTS } from './support/accounts';
import { expectNoAccessibilityViolations } from './support/accessibility';
import { expect, test } from './support/fixtures';
import { saveScreenshot } from './support/screenshots';

/** Measures the EIF project manager may update; which of them has an open milestone depends on the demo data. */
const CANDIDATES = ['EIF-M22', 'EIF-M13', 'EIF-M05', 'EIF-M02', 'EIF-M04', 'EIF-M01'];

/**
 * Review and release (issue 16, decision 0070): the project office releases the agenda; an editor's change leaves the
 * public version as it was and the measure says so; the office publishes the new version, and the change log says what.
 */
test('the project office releases measures, an editor’s change waits for the next release', async ({ page }) => {
  // three sign-ins and the release of the whole demo agenda
  test.slow();
  // the project office releases every measure not public yet
  await new SignInPage(page).signInAs(ACCOUNTS.adminEif);
  const admin = new AdminPage(page);
  await admin.open('EIF');
  await admin.openTab('publication');
  await page.getByTestId('select-releasable').click();
  await page.getByTestId('release-selected').click();
  await expect(page.getByText(/Maßnahme\(n\) veröffentlicht\./)).toBeVisible();
  await expect(page.getByTestId('release-counts')).toContainText(/0 nicht mehr aktuell, 0 nicht öffentlich/);
  await expectNoAccessibilityViolations(page);
  await saveScreenshot(page, 'publication-released');

  // an editor reaches a milestone: the public version is now behind in its milestones, and the editor cannot release
  await new SignInPage(page).signInAs(ACCOUNTS.editorEif);
  const measure = new MeasurePage(page);
  const { code, title } = await measure.openFirstWithOpenMilestone('EIF', CANDIDATES);
  expect(title, `one of ${CANDIDATES.join(', ')} should have an open milestone`).not.toBe('');
  const card = page.getByTestId('public-version');
  await expect(card.getByTestId('public-version-standing')).toContainText('Öffentlich und aktuell');
  await measure.setMilestoneCompleted(title, '2026-11-20');
  await expect(card.getByTestId('public-version-standing')).toContainText('nicht mehr aktuell');
  await expect(card.getByTestId('public-version-differences')).toContainText('Meilensteine');
  await expect(card.getByTestId('release')).toHaveCount(0);

  // the project office reviews it on the measure and publishes the new version
  await new SignInPage(page).signInAs(ACCOUNTS.adminEif);
  await measure.open('EIF', code);
  await expect(card.getByTestId('public-version-differences')).toContainText('Meilensteine');
  await saveScreenshot(page, 'publication-behind');
  await card.getByTestId('release').click();
  await expect(card.getByTestId('public-version-standing')).toContainText('Öffentlich und aktuell');
  await expectNoAccessibilityViolations(page);

  // the public change log names the measure and what changed, without names
  await admin.open('EIF');
  await admin.openTab('publication');
  const log = page.getByTestId('public-changes');
  await expect(log.getByRole('listitem').first()).toContainText(`${code}`);
  await expect(log.getByRole('listitem').first()).toContainText('(Meilensteine)');
});

test('the project office chooses what is public, and a council member cannot release', async ({ page }) => {
  await new SignInPage(page).signInAs(ACCOUNTS.adminEif);
  const admin = new AdminPage(page);
  await admin.open('EIF');
  await admin.openTab('publication');
  const money = page.getByTestId('public-group-MONEY').getByRole('checkbox');
  await expect(money).not.toBeChecked();
  await money.check();
  await page.getByTestId('public-groups-save').click();
  await expect(page.getByText('Gespeichert. Die Auswahl gilt ab der nächsten Veröffentlichung.')).toBeVisible();
  // every public measure is now behind in its money until it is published again
  await expect(page.getByTestId('release-counts')).toHaveText(/^\s*0 aktuell öffentlich/);
  await page.reload();
  await admin.expectTabShown('publication');
  await expect(page.getByTestId('public-group-MONEY').getByRole('checkbox')).toBeChecked();
  // back to the default, which the other tests of the suite expect
  await page.getByTestId('public-group-MONEY').getByRole('checkbox').uncheck();
  await page.getByTestId('public-groups-save').click();
  await expect(page.getByText('Gespeichert. Die Auswahl gilt ab der nächsten Veröffentlichung.')).toBeVisible();

  await new SignInPage(page).signInAs(ACCOUNTS.councilEif);
  await new MeasurePage(page).open('EIF', 'EIF-M01');
  await expect(page.getByTestId('public-version')).toBeVisible();
  await expect(page.getByTestId('release')).toHaveCount(0);
  await expect(page.getByTestId('withdraw')).toHaveCount(0);
});

/** Makes status reports and indicators public (or not) and releases every measure with the new choice. */
async function chooseAndReleaseAll(page: Page, on: boolean): Promise<void> {
  for (const group of ['REPORTS', 'INDICATORS'])
    await page.getByTestId(`public-group-${group}`).getByRole('checkbox').setChecked(on);
  await page.getByTestId('public-groups-save').click();
  await expect(page.getByText('Gespeichert. Die Auswahl gilt ab der nächsten Veröffentlichung.')).toBeVisible();
  // every public measure is behind in the parts added or taken away
  await expect(page.getByTestId('release-counts')).toHaveText(/^\s*0 aktuell öffentlich/);
  await page.getByTestId('select-releasable').click();
  await page.getByTestId('release-selected').click();
  await expect(page.getByTestId('release-counts')).toContainText(/0 nicht mehr aktuell, 0 nicht öffentlich/);
}

test('the project office releases the project’s page, and status reports and indicators of its measures', async ({
  page,
  browser,
  baseURL,
}) => {
  test.slow();
  await new SignInPage(page).signInAs(ACCOUNTS.adminEif);
  const admin = new AdminPage(page);
  await admin.open('EIF');
  await admin.openTab('publication');
  const standing = page.getByTestId('project-page-standing');
  // the demo's Eifelkreis has released its page
  await expect(standing).toContainText('Öffentlich und aktuell');

  const context = await browser.newContext({ baseURL });
  const visit = await context.newPage();
  // withdrawn: the public project page shows its measures, not its strategy
  await page.getByTestId('withdraw-page').click();
  await expect(standing).toContainText('Nicht öffentlich.');
  await visit.goto('/oeffentlich/EIF');
  await expect(
    visit.getByText('Die Projektseite mit Strategie und Zielen ist noch nicht veröffentlicht.'),
  ).toBeVisible();
  await expect(visit.getByTestId('public-strategy')).toHaveCount(0);

  // released again: the strategy, the fields of action with their goals and the phases are public
  await page.getByTestId('release-page').click();
  await expect(standing).toContainText('Öffentlich und aktuell');
  await visit.reload();
  await expect(visit.getByTestId('public-strategy').getByRole('heading', { name: 'Vision' })).toBeVisible();
  await expect(visit.getByTestId('public-goals').getByRole('heading', { level: 3 }).first()).toBeVisible();
  await expect(visit.getByTestId('public-phases').getByRole('row')).toHaveCount(3);
  await expect(visit.getByTestId('public-change-log').getByRole('listitem').first()).toContainText(
    'Projektseite und Strategie veröffentlicht',
  );
  await expectNoAccessibilityViolations(visit);
  await saveScreenshot(visit, 'public-project-page');
  await expect(page.getByTestId('public-changes').getByRole('listitem').first()).toContainText(
    'Projektseite und Strategie veröffentlicht',
  );

  // the latest status reports and the indicators' values, once chosen and released
  await chooseAndReleaseAll(page, true);
  await visit.goto('/oeffentlich/EIF/massnahmen/EIF-M03');
  await expect(visit.getByTestId('public-reports').getByRole('listitem').first()).toContainText('Bericht vom');
  const chart = visit.getByTestId('public-indicator-charts').getByRole('figure').first();
  await expect(chart).toBeVisible();
  await chart.getByRole('button', { name: 'Als Tabelle anzeigen' }).click();
  await expect(chart.getByRole('table')).toBeVisible();
  await expectNoAccessibilityViolations(visit);
  await saveScreenshot(visit, 'public-measure-reports-indicators');
  await context.close();

  // back to the default, which the other tests of the suite expect
  await chooseAndReleaseAll(page, false);
});
