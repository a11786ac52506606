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
