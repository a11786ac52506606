import { AdminPage } from './pages/admin.page';
import { AccountPage } from './pages/account.page';
import { NotificationsPage } from './pages/notifications.page';
import { SignInPage } from './pages/sign-in.page';
import { ACCOUNTS } from './support/accounts';
import { expectNoAccessibilityViolations } from './support/accessibility';
import { expect, test } from './support/fixtures';
import { saveScreenshot } from './support/screenshots';

// The server runs a reminder round when it starts (decisions 0059 and 0061; REMINDER_TIME is 00:00 in the suite); on
// the demo data of 21 November 2026 the editor of VG Prüm has milestones and reports to see to.

test('an editor sees their reminders under the bell, follows one and marks them read', async ({ page }) => {
  const shell = await new SignInPage(page).signInAs(ACCOUNTS.editorEif);
  // the round may still be running right after the server started: the bell counts on the next page
  await expect(async () => {
    await page.reload();
    await expect(shell.bell).toHaveAccessibleName(/Benachrichtigungen: \d+ ungelesen/, { timeout: 1000 });
  }).toPass({ timeout: 30_000 });

  await shell.bell.click();
  const list = new NotificationsPage(page);
  await list.expectShown();
  await expect(list.items.first()).toBeVisible();
  const unread = await list.unreadItems.count();
  expect(unread).toBeGreaterThan(0);
  await expect(list.items.filter({ hasText: 'Meilenstein' }).first()).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await saveScreenshot(page, 'notifications-list');

  // One read by hand: the bell counts one less.
  await list.unreadItems.first().getByTestId('mark-read').click();
  await expect(list.unreadItems).toHaveCount(unread - 1);
  await expect(shell.bell).toHaveAccessibleName(`Benachrichtigungen: ${unread - 1} ungelesen`);

  // Following a reminder leads to the page that resolves it, and counts as read.
  const next = list.unreadItems.first();
  const title = (await next.getByRole('link').innerText()).trim();
  await next.getByRole('link').click();
  await expect(page).toHaveURL(/\/projekte\/EIF\/(massnahmen\/EIF-M\d+|finanzen)$/);
  await page.goBack();
  await list.expectShown();
  await expect(list.items.filter({ hasText: title }).getByTestId('mark-read')).toHaveCount(0);

  await list.markAllRead.click();
  await expect(list.unreadItems).toHaveCount(0);
  await expect(shell.bell).toHaveAccessibleName('Benachrichtigungen: keine ungelesenen');
  await list.unreadOnly.click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Sie haben keine ungelesenen Benachrichtigungen.' }),
  ).toBeVisible();
});

test('each person chooses which reminders they get, on their account page', async ({ page }) => {
  const shell = await new SignInPage(page).signInAs(ACCOUNTS.councilEif);
  await shell.openAccount();
  const account = new AccountPage(page);
  const late = page.getByRole('switch', { name: 'Meilenstein überfällig' });
  await expect(late).toBeChecked();
  await late.click();
  await expect(late).not.toBeChecked();
  await page.reload();
  await expect(account.heading).toBeVisible();
  await expect(page.getByRole('switch', { name: 'Meilenstein überfällig' })).not.toBeChecked();
  await expect(page.getByRole('switch', { name: 'Statusbericht fällig' })).toBeChecked();
  await expectNoAccessibilityViolations(page);
  await saveScreenshot(page, 'account-reminder-settings');
  await page.getByRole('switch', { name: 'Meilenstein überfällig' }).click();
  await expect(page.getByRole('switch', { name: 'Meilenstein überfällig' })).toBeChecked();
});

test('the project office reads the record of the reminders sent in its project', async ({ page }) => {
  await new SignInPage(page).signInAs(ACCOUNTS.adminEif);
  await page.goto('/projekte/EIF/verwaltung?bereich=erinnerungen');
  const admin = new AdminPage(page);
  await expect(admin.heading).toContainText('Verwaltung');
  const log = page.getByTestId('reminder-log');
  await expect(log).toBeVisible();
  // without SMTP the digests wait in the outbox
  await expect(log.getByRole('row').filter({ hasText: 'Maßnahmenverantwortliche VG Prüm' }).first()).toContainText(
    'im Postausgang',
  );
  await expectNoAccessibilityViolations(page);
  await saveScreenshot(page, 'admin-reminder-log');
});

test('the project office sets when, about what and how early its people are reminded', async ({ page }) => {
  await new SignInPage(page).signInAs(ACCOUNTS.adminEif);
  await page.goto('/projekte/EIF/verwaltung?bereich=erinnerungen');
  const form = page.getByTestId('reminder-project-settings');
  const leadDays = form.getByLabel('Vorlaufzeiten in Tagen');
  const reports = form.getByRole('checkbox', { name: 'Statusbericht fällig' });
  // the suite's REMINDER_TIME, and the lead days every project starts with
  await expect(form.getByLabel('Versandzeit (Ortszeit)')).toHaveValue('00:00');
  await expect(leadDays).toHaveValue('30, 7');
  await expect(reports).toBeChecked();
  // membership notices are not for switching off
  await expect(form.getByRole('checkbox', { name: 'Mitgliedschaft' })).toHaveCount(0);

  await leadDays.fill('400');
  await form.getByRole('button', { name: 'Speichern' }).click();
  await expect(form.getByText('Bitte 1 bis 3 verschiedene ganze Zahlen von 1 bis 180 angeben.')).toBeVisible();

  await leadDays.fill('14, 3');
  await form.getByLabel('Versandzeit (Ortszeit)').fill('07:30');
  await reports.uncheck();
  await form.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByText('Die Einstellungen der Erinnerungen wurden gespeichert.')).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await saveScreenshot(page, 'admin-reminder-settings');

  await page.reload();
  await expect(leadDays).toHaveValue('14, 3');
  await expect(form.getByLabel('Versandzeit (Ortszeit)')).toHaveValue('07:30');
  await expect(reports).not.toBeChecked();
});

test('a person reads their reminders in the language they chose, and keeps it on their account', async ({ page }) => {
  const shell = await new SignInPage(page).signInAs(ACCOUNTS.editorEif);
  await shell.switchLanguageKept();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.goto('/benachrichtigungen');
  const list = new NotificationsPage(page);
  await expect(list.items.filter({ hasText: 'Milestone' }).first()).toBeVisible();
  await expect(list.items.filter({ hasText: 'Meilenstein' })).toHaveCount(0);

  // back to German on the account page: the interface, the account and the list follow
  await page.goto('/konto');
  await page.getByTestId('account-language').getByText('Deutsch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await page.goto('/benachrichtigungen');
  await list.expectShown();
  await expect(list.items.filter({ hasText: 'Meilenstein' }).first()).toBeVisible();
});
