import { ProjectListPage } from './pages/project-list.page';
import { ProjectOverviewPage } from './pages/project-overview.page';
import { SignInPage } from './pages/sign-in.page';
import { ACCOUNTS } from './support/accounts';
import { expectNoAccessibilityViolations } from './support/accessibility';
import { expect, test } from './support/fixtures';
import { saveScreenshot } from './support/screenshots';

test('switching to English changes the interface and <html lang>, and survives a reload', async ({ page }) => {
  const shell = await new SignInPage(page).signInAs(ACCOUNTS.adminWnd);
  const overview = new ProjectOverviewPage(page);
  await overview.open('WND');
  const healthTable = page.locator('mw-chart table').first();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page).toHaveTitle('Projektübersicht – Maßwerk');
  await expect(shell.navLink('Meine Maßnahmen')).toBeVisible();
  await expect(healthTable.getByRole('columnheader')).toContainText(['Handlungsfeld', 'im Plan']);

  // Switched on a page with charts: their labels and the document title are translated too, not only the templates.
  await shell.switchLanguage();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(shell.navLink('My measures')).toBeVisible();
  await expect(shell.languageToggle).toHaveText(/Deutsch/);
  await expect(page).toHaveTitle('Project overview – Maßwerk');
  await expect(healthTable.getByRole('columnheader')).toContainText(['Field of action', 'On track']);
  await saveScreenshot(page, 'language-english-overview');
  await expectNoAccessibilityViolations(page);

  await page.reload();
  await expect(overview.kpis).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle('Project overview – Maßwerk');
  await expect(healthTable.getByRole('columnheader')).toContainText(['Field of action', 'On track']);

  await shell.navLink('Model projects').click();
  const projects = new ProjectListPage(page);
  await projects.expectShown();
  await expect(projects.heading).toHaveText('Model projects');
  await saveScreenshot(page, 'language-english-projects');

  // The switch keeps the language on the account too (decision 0061), which a new browser adopts: back to German, so
  // that the account's later sign-ins in the suite start in German.
  await shell.switchLanguageKept();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
});

test('a browser without a language of its own shows the signed-in person’s', async ({ page }) => {
  const shell = await new SignInPage(page).signInAs(ACCOUNTS.councilEif);
  const kept = () =>
    page.waitForResponse((r) => r.url().endsWith('/graphql') && !!r.request().postData()?.includes('SetMyLanguage'));
  await Promise.all([kept(), shell.switchLanguage()]);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // a browser that remembers no choice (here: forgotten) takes the account's
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(shell.navLink('Model projects')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await Promise.all([kept(), shell.switchLanguage()]);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
});
