import { MeasurePage } from './pages/measure.page';
import { signInElsewhere, SignInPage } from './pages/sign-in.page';
import { ACCOUNTS } from './support/accounts';
import { expect, test } from './support/fixtures';
import { saveScreenshot } from './support/screenshots';

/**
 * Measures the EIF project manager may update (led by VG Prüm or assigned), EIF-M01 last because another test
 * reports on it. Which of them still has an open milestone depends on the generated demo data.
 */
const CANDIDATES = ['EIF-M13', 'EIF-M22', 'EIF-M05', 'EIF-M02', 'EIF-M04', 'EIF-M01'];

test('a project manager records that a milestone was reached', async ({ page }) => {
  await new SignInPage(page).signInAs(ACCOUNTS.editorEif);
  const measure = new MeasurePage(page);
  const { code, title } = await measure.openFirstWithOpenMilestone('EIF', CANDIDATES);
  expect(title, `one of ${CANDIDATES.join(', ')} should have an open milestone`).not.toBe('');
  await expect(measure.newReportButton).toBeVisible();

  await measure.setMilestoneCompleted(title, '2026-11-20');
  const row = measure.milestoneRow(title);
  await expect(row.getByRole('cell').nth(3)).toHaveText('20.11.2026');
  await expect(row.getByRole('cell').first()).toContainText('erreicht');
  await saveScreenshot(page, 'milestone-completed');

  // Saved, not only shown: a fresh load shows the date as well.
  await page.reload();
  await measure.expectShown(code);
  await expect(measure.milestoneRow(title).getByRole('cell').nth(3)).toHaveText('20.11.2026');
  expect(await measure.openMilestoneTitles()).not.toContain(title);
});

test('a conflicting milestone forecast keeps what was typed and applies it when saved again', async ({
  page,
  browser,
}) => {
  await new SignInPage(page).signInAs(ACCOUNTS.editorEif);
  const mine = new MeasurePage(page);
  const { code, title } = await mine.openFirstWithOpenMilestone('EIF', CANDIDATES);
  expect(title, `one of ${CANDIDATES.join(', ')} should have an open milestone`).not.toBe('');
  await mine.openMilestoneForm(title);

  // Meanwhile platform operations sets another forecast and saves first.
  const { context: otherContext, page: otherPage } = await signInElsewhere(browser, ACCOUNTS.platform);
  const theirs = new MeasurePage(otherPage);
  await theirs.open('EIF', code);
  await theirs.openMilestoneForm(title);
  await theirs.milestones.getByTestId('milestone-forecast').fill('2027-02-01');
  await theirs.milestones.getByTestId('save-milestone').click();
  await expect(theirs.notice).toHaveText(`Meilenstein „${title}“ gespeichert.`);
  await otherContext.close();

  // The project manager's save on the old version is refused; the typed date stays, their date is shown.
  await mine.milestones.getByTestId('milestone-forecast').fill('2027-03-15');
  await mine.milestones.getByTestId('save-milestone').click();
  const error = page.getByTestId('milestone-error');
  await expect(error).toContainText('Ihre Eingabe ist erhalten');
  await expect(page.getByTestId('milestone-conflict')).toHaveText(/Prognose: 01\.02\.2027/);
  await expect(mine.milestones.getByTestId('milestone-forecast')).toHaveValue('2027-03-15');
  await saveScreenshot(page, 'milestone-conflict');

  // Saving again applies the draft on the new version.
  await mine.milestones.getByTestId('save-milestone').click();
  await expect(mine.notice).toHaveText(`Meilenstein „${title}“ gespeichert.`);
  await expect(error).toHaveCount(0);
  await expect(mine.milestoneRow(title).getByRole('cell').nth(2)).toHaveText('15.03.2027');
});
