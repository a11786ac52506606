import { AccountPage } from './pages/account.page';
import { SignInPage } from './pages/sign-in.page';
import { ACCOUNTS } from './support/accounts';
import { expectNoAccessibilityViolations } from './support/accessibility';
import { expect, test } from './support/fixtures';
import { saveScreenshot } from './support/screenshots';

/** Fetches a feed address as a calendar program does: without the browser's session. */
async function fetchFeed(request: import('@playwright/test').APIRequestContext, url: string) {
  return request.get(new URL(url).pathname);
}

test('an editor subscribes to their milestones, renews the address and ends the subscription', async ({
  page,
  playwright,
  baseURL,
}) => {
  const shell = await new SignInPage(page).signInAs(ACCOUNTS.editorEif);
  await shell.openAccount();
  const account = new AccountPage(page);
  await account.expectShown();
  await expect(account.calendarStatus).toHaveText('Sie haben noch kein Kalender-Abonnement.');

  const url = await account.makeCalendarAddress();
  expect(url).toMatch(/\/api\/calendar\/mwc_[\w-]{43}\.ics$/);
  await expect(account.calendarStatus).toContainText('Noch nicht abgerufen.');
  await expectNoAccessibilityViolations(page);
  await saveScreenshot(page, 'account-calendar-created');

  // A calendar program has no session: the address alone is the proof.
  const calendar = await playwright.request.newContext({ baseURL });
  const feed = await fetchFeed(calendar, url);
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  const ics = await feed.text();
  expect(ics).toContain('BEGIN:VCALENDAR');
  expect(ics).toMatch(/SUMMARY:Meilenstein/);
  expect(ics).not.toContain('Verwendungsnachweis');

  // Shown once; the page says when a calendar last fetched it.
  await page.reload();
  await account.expectShown();
  await expect(account.calendarUrl).toHaveCount(0);
  await expect(account.calendarStatus).toContainText('Zuletzt abgerufen');

  // Renewing asks first, and the old address stops working.
  const renewed = await account.makeCalendarAddress({ renewing: true });
  expect(renewed).not.toBe(url);
  expect((await fetchFeed(calendar, url)).status()).toBe(404);
  expect((await fetchFeed(calendar, renewed)).status()).toBe(200);

  await account.calendar.getByRole('button', { name: 'Abonnement beenden' }).click();
  await page.getByTestId('confirm-ok').click();
  await expect(account.calendarStatus).toHaveText('Sie haben noch kein Kalender-Abonnement.');
  expect((await fetchFeed(calendar, renewed)).status()).toBe(404);
  await calendar.dispose();
});

test('a funder’s calendar holds the proof-of-use deadlines of the projects they fund', async ({
  page,
  playwright,
  baseURL,
}) => {
  const shell = await new SignInPage(page).signInAs(ACCOUNTS.funder);
  await shell.openAccount();
  const account = new AccountPage(page);
  const url = await account.makeCalendarAddress();
  const calendar = await playwright.request.newContext({ baseURL });
  const ics = await (await fetchFeed(calendar, url)).text();
  expect(ics).toMatch(/SUMMARY:Verwendungsnachweis Phase [AB]/);
  expect(ics).not.toContain('SUMMARY:Meilenstein');
  await calendar.dispose();
});
