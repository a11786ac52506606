import { MeasureEditPage } from './pages/measure-edit.page';
import { MeasurePage } from './pages/measure.page';
import { signInElsewhere, SignInPage } from './pages/sign-in.page';
import { ACCOUNTS } from './support/accounts';
import { expectNoAccessibilityViolations } from './support/accessibility';
import { expect, test } from './support/fixtures';
import { saveScreenshot } from './support/screenshots';

/**
 * Assigned to the EIF project manager. Other tests touch only its milestones (milestone.e2e.ts); the manual values
 * set here are asserted nowhere else. "kritisch" is never set by hand in the demo data, so it is always a change.
 */
const MEASURE = 'EIF-M02';

test('a conflicting edit is shown, and the second person re-applies their input on top', async ({ page, browser }) => {
  const healthReason = `Ausschreibung verzögert sich (Projektbüro, E2E ${Date.now()})`;
  const progressReason = `Datenkatalog zu 42 % erfasst (VG Prüm, E2E ${Date.now()})`;

  // The project manager starts editing …
  await new SignInPage(page).signInAs(ACCOUNTS.editorEif);
  const mine = new MeasureEditPage(page);
  await mine.open('EIF', MEASURE);
  const versionBefore = await mine.versionLine.innerText();

  // … and so does platform operations, in a browser of its own, on the same version.
  const { context: otherContext, page: otherPage } = await signInElsewhere(browser, ACCOUNTS.platform);
  const theirs = new MeasureEditPage(otherPage);
  await theirs.open('EIF', MEASURE);
  await expect(theirs.versionLine).toHaveText(versionBefore);

  // The project manager types a manual progress; meanwhile the other one sets the health by hand and saves first.
  await mine.setManualProgress(42, progressReason);
  await theirs.setManualHealth('kritisch', healthReason);
  await theirs.saveProgressButton.click();
  const theirMeasure = new MeasurePage(otherPage);
  await theirMeasure.expectShown(MEASURE);
  await expect(theirMeasure.notice).toHaveText('Die Änderungen wurden gespeichert.');
  await expect(theirMeasure.statusLine).toContainText('kritisch');

  // Saving on the old version is refused: the page says who changed what, and keeps the typing.
  await mine.saveProgressButton.click();
  await expect(mine.progressConflict).toBeVisible();
  await expect(mine.progressConflict).toContainText('Jemand anderes hat inzwischen gespeichert');
  await expect(mine.conflictLine('Bewertung')).toHaveText(/^\s*Bewertung: kritisch\s*$/);
  await expect(mine.conflictLine('Begründung für die manuelle Bewertung')).toContainText(healthReason);
  // Only what the other person changed is listed; the project manager's own fields are not among it.
  await expect(mine.progressConflict.getByRole('listitem')).toHaveCount(2);
  await expect(mine.manualProgress).toHaveValue('42');
  await expect(mine.manualProgressReason).toHaveValue(progressReason);
  await expect(mine.saveProgressButton).toBeDisabled();
  await expect(page).toHaveURL(new RegExp(`/${MEASURE}/bearbeiten$`));
  await saveScreenshot(page, 'conflict-shown');
  await expectNoAccessibilityViolations(page);

  // Re-applied on the new version: the other person's health and the own progress, both in the form.
  await mine.reapplyButton.click();
  await expect(mine.progressConflict).toHaveCount(0);
  await expect(mine.versionLine).not.toHaveText(versionBefore);
  await expect(mine.manualProgress).toHaveValue('42');
  await expect(mine.manualProgressReason).toHaveValue(progressReason);
  await expect(mine.manualHealth).toContainText('kritisch');
  await expect(mine.manualHealthReason).toHaveValue(healthReason);
  await expect(mine.saveProgressButton).toBeEnabled();
  await saveScreenshot(page, 'conflict-reapplied');

  await mine.saveProgressButton.click();
  const measure = new MeasurePage(page);
  await measure.expectShown(MEASURE);
  await expect(measure.notice).toHaveText('Die Änderungen wurden gespeichert.');
  await expect(measure.statusLine).toContainText('42 %');
  await expect(measure.statusLine).toContainText('manuell gesetzt');
  // The other person's change survived the second save.
  await expect(measure.statusLine).toContainText('kritisch');
  await expect(measure.statusLine).toContainText(healthReason);
  await saveScreenshot(page, 'conflict-resolved');

  // Saved, not only shown: the other person sees both changes on a fresh load.
  await theirMeasure.open('EIF', MEASURE);
  await expect(theirMeasure.statusLine).toContainText('42 %');
  await expect(theirMeasure.statusLine).toContainText('manuell gesetzt');
  await expect(theirMeasure.statusLine).toContainText('kritisch');
  await expect(theirMeasure.statusLine).toContainText(healthReason);
  await otherContext.close();
});
