import { MeasureListPage } from './pages/measure-list.page';
import { MeasurePage } from './pages/measure.page';
import { ProjectListPage } from './pages/project-list.page';
import { signInElsewhere, SignInPage } from './pages/sign-in.page';
import { ACCOUNTS } from './support/accounts';
import { expect, test } from './support/fixtures';
import { saveScreenshot } from './support/screenshots';

test.describe('who sees what', () => {
  test('the project office of EIF may file status reports on any EIF measure', async ({ page }) => {
    await new SignInPage(page).signInAs(ACCOUNTS.adminEif);
    const projects = new ProjectListPage(page);
    await projects.expectShown();
    await expect(projects.card('EIFELKREIS VERBINDET')).toContainText('Administration');

    const measure = new MeasurePage(page);
    await measure.open('EIF', 'EIF-M03');
    await expect(measure.newReportButton).toHaveText(/Statusbericht erfassen/);
    await expect(measure.milestoneEditButtons.first()).toBeVisible();
    await saveScreenshot(page, 'access-admin-eif-measure');
  });

  test('a project manager may report on assigned measures but not on others', async ({ page }) => {
    await new SignInPage(page).signInAs(ACCOUNTS.editorEif);
    const measure = new MeasurePage(page);

    // EIF-M01 is assigned to the account.
    await measure.open('EIF', 'EIF-M01');
    await expect(measure.newReportButton).toBeVisible();

    // EIF-M03 is led by the county, not by VG Prüm, and assigned to someone else.
    await measure.open('EIF', 'EIF-M03');
    await expect(measure.heading).toHaveText('Datenkompetenz-Schulungen für Verwaltungen');
    await expect(measure.newReportButton).toHaveCount(0);
    await expect(measure.milestoneEditButtons).toHaveCount(0);
    await saveScreenshot(page, 'access-editor-eif-foreign-measure');
  });

  for (const [role, account] of [
    ['the county council', ACCOUNTS.councilEif],
    ['the funding body', ACCOUNTS.funder],
  ] as const) {
    test(`${role} reads EIF measures without any edit control`, async ({ page }) => {
      const shell = await new SignInPage(page).signInAs(account);
      // nothing is theirs to update: no "Meine Maßnahmen"
      await expect(shell.navLink('Meine Maßnahmen')).toHaveCount(0);
      const measure = new MeasurePage(page);
      await measure.open('EIF', 'EIF-M01');
      await expect(measure.milestones.getByRole('row')).not.toHaveCount(0);
      await expect(measure.reports.first()).toBeVisible();
      await expect(measure.newReportButton).toHaveCount(0);
      await expect(measure.milestoneEditButtons).toHaveCount(0);
      await expect(page.getByRole('button', { name: /Statusbericht|Speichern/ })).toHaveCount(0);
    });
  }

  test('a cluster partner sees only the published measures of EIF', async ({ page, browser }) => {
    // What EIF's own project office sees, in a browser of its own.
    const { context: eifContext, page: eifPage } = await signInElsewhere(browser, ACCOUNTS.adminEif);
    const eifList = new MeasureListPage(eifPage);
    await eifList.openProject('EIF');
    const eifCount = await eifList.count();
    const eifCodes = await eifList.codes();
    await eifContext.close();

    await new SignInPage(page).signInAs(ACCOUNTS.adminMyk);
    const projects = new ProjectListPage(page);
    await expect(projects.card('EIFELKREIS VERBINDET')).toContainText('Cluster-Partner');

    const list = new MeasureListPage(page);
    await list.openProject('EIF');
    await saveScreenshot(page, 'access-cluster-partner-eif-list');
    const partnerCount = await list.count();
    const partnerCodes = await list.codes();
    expect(partnerCount).toBeGreaterThan(0);
    expect(partnerCount).toBeLessThan(eifCount);
    expect(partnerCodes.every((code) => eifCodes.includes(code))).toBe(true);

    // A measure EIF has not published stays closed to the partner, even by its address …
    const unpublished = eifCodes.find((code) => !partnerCodes.includes(code)) as string;
    const measure = new MeasurePage(page);
    await page.goto(`/projekte/EIF/massnahmen/${unpublished}`);
    await expect(measure.loadError).toBeVisible();
    await expect(measure.statusLine).toHaveCount(0);

    // … and a published one is readable but not editable.
    await measure.open('EIF', partnerCodes[0]);
    await expect(measure.newReportButton).toHaveCount(0);
    await expect(measure.milestoneEditButtons).toHaveCount(0);
  });

  test('a wrong password is refused with a message', async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.open();
    await signIn.signIn(ACCOUNTS.adminLnz.email, 'Falsches-Passwort-1');
    await expect(signIn.error).toHaveText('E-Mail-Adresse oder Passwort ist falsch.');
    await expect(page).toHaveURL(/\/anmelden$/);
    await expect(page.getByTestId('user-menu')).toHaveCount(0);
    await saveScreenshot(page, 'sign-in-wrong-password');

    // The message follows the language like the rest of the page.
    await page.getByRole('button', { name: 'English' }).click();
    await expect(signIn.error).toHaveText('The e-mail address or the password is wrong.');
  });

  test('an anonymous visitor signs in first and then sees the page asked for', async ({ page }) => {
    await page.goto('/projekte/EIF/massnahmen/EIF-M01');
    const signIn = new SignInPage(page);
    await signIn.expectShown();
    expect(new URL(page.url()).searchParams.get('zurueck')).toBe('/projekte/EIF/massnahmen/EIF-M01');

    await signIn.signInHereAs(ACCOUNTS.adminKus);
    await expect(page).toHaveURL(/\/projekte\/EIF\/massnahmen\/EIF-M01$/);
    await new MeasurePage(page).expectShown('EIF-M01');
  });
});
