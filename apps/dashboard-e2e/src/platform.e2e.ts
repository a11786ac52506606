import { InvitationLinkPage, MembersTab, OutboxPage, PasswordResetPage } from './pages/invitation.pages';
import {
  PlatformAccountsPage,
  PlatformClustersPage,
  PlatformCostCategoriesPage,
  PlatformProgrammesPage,
  PlatformProjectsPage,
  PlatformUnitsPage,
} from './pages/platform.pages';
import { Shell } from './pages/shell';
import { SignInPage } from './pages/sign-in.page';
import { expectNoAccessibilityViolations, expectNoHorizontalScrolling } from './support/accessibility';
import { ACCOUNTS } from './support/accounts';
import { expect, test } from './support/fixtures';
import { saveScreenshot } from './support/screenshots';

test.use({ viewport: { width: 1440, height: 900 } });

const CLUSTER = 'Cluster Westpfalz (E2E)';
const PROGRAMME = { code: 'E2E-WPF', name: 'Landesprogramm Westpfalz digital', funder: 'Land (E2E)' };
const PROJECT = { code: 'WPF', name: 'Digitale Westpfalz (E2E)' };
const OFFICE = {
  email: 'buero.wpf@example.org',
  name: 'Projektbüro Westpfalz (E2E)',
  password: 'ein-langes-Passwort-WPF',
  newPassword: 'ein-neues-Passwort-WPF',
};

test('a platform administrator sets up a cluster, a programme and a model project with its project office, only in the dashboard', async ({
  page,
  browser,
}) => {
  const shell = await new SignInPage(page).signInAs(ACCOUNTS.platform);

  // A cluster.
  await shell.navLink('Cluster').click();
  const clusters = new PlatformClustersPage(page);
  await clusters.expectShown();
  await clusters.create(CLUSTER, 'Vergleichsgruppe der Westpfalz');
  await expect(clusters.notice).toContainText('Der Cluster ist angelegt.');
  await expect(clusters.row(CLUSTER)).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await saveScreenshot(page, 'platform-clusters');

  // A funding programme with its figures.
  await shell.navLink('Förderprogramme').click();
  const programmes = new PlatformProgrammesPage(page);
  await programmes.expectShown();
  await programmes.create({ ...PROGRAMME, rate: '70', caps: ['250.000,00', '100.000,00', '1.500.000,00'] });
  await expect(programmes.row(PROGRAMME.code)).toContainText('250.000,00 €');
  await expect(programmes.row(PROGRAMME.code)).toContainText('70 %');
  await expectNoAccessibilityViolations(page);
  await saveScreenshot(page, 'platform-programmes');

  // The model project in that cluster, under that programme.
  await shell.navLink('Projekte verwalten').click();
  const projects = new PlatformProjectsPage(page);
  await projects.expectShown();
  await projects.create({
    ...PROJECT,
    cohort: '2026',
    cluster: CLUSTER,
    programme: PROGRAMME.code,
    phaseA: ['01.01.2027', '31.12.2027'],
    memberUnits: 2,
  });
  await expect(projects.notice).toContainText('Das Modellprojekt ist angelegt.');
  const row = projects.row(PROJECT.code);
  await expect(row).toContainText(PROJECT.name);
  await expect(row).toContainText(CLUSTER);
  await expect(row).toContainText(PROGRAMME.code);
  await expect(row).toContainText('01.01.2027');
  await expect(row).toContainText('Mitgliedskommunen: 2');
  await expectNoAccessibilityViolations(page);
  await saveScreenshot(page, 'platform-projects');

  // Its project office, invited on the project's Verwaltung page, which the navigation now offers.
  await projects.openMembers(PROJECT.code);
  await expect(shell.navigation).toContainText(PROJECT.name);
  await expect(shell.navLink('Verwaltung')).toHaveAttribute('aria-current', 'page');
  await new MembersTab(page).invite(OFFICE.email, OFFICE.name, 'Administration');
  await expect(page.getByText(`Die Einladung an ${OFFICE.email} ist unterwegs.`)).toBeVisible();

  // The mail waits in the outbox; its link lets the new person create the account.
  await shell.navLink('Postausgang').click();
  const outbox = new OutboxPage(page);
  await expect(outbox.mailTo(OFFICE.email)).toContainText(PROJECT.name);
  const link = await outbox.invitationPath(OFFICE.email);

  const office = await (await browser.newContext()).newPage();
  const linkPage = new InvitationLinkPage(office);
  await linkPage.open(link);
  await expect(linkPage.offer).toContainText(PROJECT.name);
  await expect(linkPage.offer).toContainText('Administration');
  await linkPage.createAccount(OFFICE.name, OFFICE.password);
  await expect(office).toHaveURL(new RegExp(`/projekte/${PROJECT.code}$`));
  const officeShell = new Shell(office);
  await expect(officeShell.userMenu).toContainText(OFFICE.name);
  await expect(officeShell.navigation).toContainText(PROJECT.name);
  await expect(officeShell.navLink('Verwaltung')).toBeVisible();

  // The new account signs out and in again, and still sees its project.
  await officeShell.signOut();
  const again = new SignInPage(office);
  await again.signIn(OFFICE.email, OFFICE.password);
  await expect(officeShell.userMenu).toContainText(OFFICE.name);
  await expect(officeShell.navigation).toContainText(PROJECT.name);

  // The platform administrator finds the account with its role.
  await shell.navLink('Konten').click();
  const accounts = new PlatformAccountsPage(page);
  await accounts.expectShown();
  await expect(accounts.row(OFFICE.email)).toContainText(`${PROJECT.code}: Administration`);
  await expectNoAccessibilityViolations(page);
  await saveScreenshot(page, 'platform-accounts');

  // A forgotten password: the platform administrator sends a one-time link; the office sets a new password with it.
  await accounts.sendPasswordReset(OFFICE.email);
  await expect(accounts.notice).toContainText('ist unterwegs');
  await shell.navLink('Postausgang').click();
  const resetPath = await outbox.linkPath(OFFICE.email, /\/passwort-zuruecksetzen\/[A-Za-z0-9_-]+/);
  await officeShell.signOut();
  const reset = new PasswordResetPage(office);
  await reset.open(resetPath);
  await expectNoAccessibilityViolations(office);
  await reset.setPassword(OFFICE.newPassword);
  await expect(reset.done).toBeVisible();
  await again.open();
  await again.signIn(OFFICE.email, OFFICE.newPassword);
  await expect(officeShell.userMenu).toContainText(OFFICE.name);
});

test('territorial units are refused with the API’s reason next to the field', async ({ page }) => {
  await new SignInPage(page).signInAs(ACCOUNTS.platform);
  const units = new PlatformUnitsPage(page);
  await units.open();
  // A Verbandsgemeinde has an ARS but no AGS: the form only checks the digits, the API the rule.
  await units.startCreating('Verbandsgemeinde', 'VG Testtal (E2E)', '073405001000', '07340001');
  await expect(units.dialog.getByText('Verbandsgemeinden haben keinen AGS, nur einen ARS.')).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await saveScreenshot(page, 'platform-unit-refused');
});

test.describe('platform pages on a phone (390 px wide)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('each platform page is axe-clean and does not scroll sideways', async ({ page }) => {
    await new SignInPage(page).signInAs(ACCOUNTS.platform);
    for (const [name, screen] of [
      ['projects', new PlatformProjectsPage(page)],
      ['clusters', new PlatformClustersPage(page)],
      ['programmes', new PlatformProgrammesPage(page)],
      ['units', new PlatformUnitsPage(page)],
      ['cost-categories', new PlatformCostCategoriesPage(page)],
      ['accounts', new PlatformAccountsPage(page)],
    ] as const) {
      await screen.open();
      await expectNoAccessibilityViolations(page);
      await expectNoHorizontalScrolling(page);
      await saveScreenshot(page, `platform-${name}-phone`);
    }
  });
});

test('the platform pages are axe-clean at 1440 px', async ({ page }) => {
  await new SignInPage(page).signInAs(ACCOUNTS.platform);
  for (const screen of [new PlatformUnitsPage(page), new PlatformCostCategoriesPage(page)]) {
    await screen.open();
    await expectNoAccessibilityViolations(page);
  }
  await saveScreenshot(page, 'platform-cost-categories');
});
