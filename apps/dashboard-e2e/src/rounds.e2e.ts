import { MeasurePage } from './pages/measure.page';
import { NotificationsPage } from './pages/notifications.page';
import { RoundPage, RoundsPage } from './pages/rounds.page';
import { SignInPage } from './pages/sign-in.page';
import { ACCOUNTS } from './support/accounts';
import { expectNoAccessibilityViolations } from './support/accessibility';
import { expect, test } from './support/fixtures';
import { saveScreenshot } from './support/screenshots';

// EIF-M13 is led by VG Prüm, whose editor is asked for its report; no other end-to-end test reports on it.
const MEASURE = 'EIF-M13';

test('a reporting round: the office opens it, an editor reports, the office closes it and the council reads its briefing', async ({
  page,
  browser,
}) => {
  const name = `Halbjahresbericht E2E ${Date.now()}`;
  const shell = await new SignInPage(page).signInAs(ACCOUNTS.adminEif);
  await shell.navLink('Berichtsrunden').click();
  const rounds = new RoundsPage(page);
  await expect(rounds.heading).toHaveText('Berichtsrunden');
  await rounds.openRound(name, '19.12.2026');
  await expect(rounds.round(name)).toContainText('offen');
  // other tests of the suite may have reported on active measures today already: only the form of the count is known
  await expect(rounds.round(name)).toContainText(/\d+ von \d+ berichtet/);
  await expectNoAccessibilityViolations(page);
  await rounds.round(name).getByRole('link', { name }).click();
  const round = new RoundPage(page);
  await expect(round.heading).toHaveText(name);
  await expect(round.measure(MEASURE)).toContainText('ausstehend');
  await expect(round.measure(MEASURE)).toContainText('Maßnahmenverantwortliche VG Prüm (Demo)');
  await expectNoAccessibilityViolations(page);
  await saveScreenshot(page, 'round-open');

  // The editor finds the request under the bell, follows it to the measure and reports.
  const editor = await (await browser.newContext()).newPage();
  const editorShell = await new SignInPage(editor).signInAs(ACCOUNTS.editorEif);
  await editorShell.bell.click();
  const list = new NotificationsPage(editor);
  const request = list.items.filter({ hasText: `Statusbericht erbeten bis 19.12.2026: ${MEASURE} (${name})` });
  await expect(request).toHaveCount(1);
  await request.getByRole('link').click();
  const measure = new MeasurePage(editor);
  await measure.expectShown(MEASURE);
  await measure.fileReport({ trafficLight: 'GREEN', progress: 60, achieved: `Für die Berichtsrunde (${name})` });

  // The round shows it; the office closes the round and downloads its briefing.
  await page.reload();
  await expect(round.measure(MEASURE)).toContainText('berichtet');
  await expect(round.measure(MEASURE)).toContainText('grün');
  await round.close();
  await expect(page.getByText(/Stand eingefroren am/)).toBeVisible();
  const briefing = await round.download('council-briefing.pdf');
  expect(briefing.name).toMatch(/^Kreistags-Briefing_EIF_.*\.pdf$/);
  expect(briefing.content.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const workbook = await round.download('round.xlsx');
  expect(workbook.content.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
  await expectNoAccessibilityViolations(page);
  await saveScreenshot(page, 'round-closed');

  // The office records the Kreistag session it was presented at; the council finds it and its briefing.
  await page.goto('/projekte/EIF/berichtsrunden');
  await rounds.recordSession(name, { date: '10.12.2026', agendaItem: `TOP 7 (${name})`, resolution: 'KT/2026/112' });
  await expect(rounds.session(`TOP 7 (${name})`)).toContainText('KT/2026/112');

  const council = await (await browser.newContext()).newPage();
  await new SignInPage(council).signInAs(ACCOUNTS.councilEif);
  const councilRounds = new RoundsPage(council);
  await councilRounds.open('EIF');
  await expect(councilRounds.openButton).toHaveCount(0);
  const session = councilRounds.session(`TOP 7 (${name})`);
  await expect(session).toContainText('Kreistag / Stadtrat');
  const started = council.waitForEvent('download');
  await session.getByTestId('session-briefing').click();
  expect((await started).suggestedFilename()).toMatch(/^Kreistags-Briefing_EIF_.*\.pdf$/);
  await expectNoAccessibilityViolations(council);
  await saveScreenshot(council, 'round-council-sessions');
});
