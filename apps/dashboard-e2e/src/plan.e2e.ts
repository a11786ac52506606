import { Page } from '@playwright/test';
import { FundingPage } from './pages/funding.page';
import { MeasureEditPage } from './pages/measure-edit.page';
import { MeasurePage } from './pages/measure.page';
import { NewMeasureForm } from './pages/new-measure.form';
import { ProjectOverviewPage } from './pages/project-overview.page';
import { RoadmapPage } from './pages/roadmap.page';
import { signInElsewhere, SignInPage } from './pages/sign-in.page';
import { expectNoAccessibilityViolations, expectNoHorizontalScrolling } from './support/accessibility';
import { ACCOUNTS } from './support/accounts';
import { expect, test } from './support/fixtures';
import { saveScreenshot } from './support/screenshots';

/** "1.234.567,89 €" in cents. */
function cents(text: string): number {
  return Number(text.replace(/[^\d,-]/g, '').replace(',', '.')) * 100;
}

/** The planned total of Phase B on Finanzen, in cents. */
async function plannedPhaseB(page: Page): Promise<number> {
  const row = page.getByTestId('phase-B').getByRole('row', { name: /^Geplant/ });
  return cents((await row.getByRole('cell').first().textContent()) ?? '');
}

/** Opens a select (by keyboard), picks the first option, closes it. */
async function pickFirst(page: Page, select: ReturnType<Page['getByTestId']>): Promise<void> {
  await select.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('option').first().press('Enter');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox')).toBeHidden();
}

test('the project office builds a new measure completely, and the council sees it everywhere', async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  const title = `Digitale Bürgerkarte (E2E ${Date.now()})`;
  const indicator = 'Ausgegebene Karten';

  // The council's Finanzen before, to see the new plan arrive.
  const { context: councilContext, page: councilPage } = await signInElsewhere(browser, ACCOUNTS.councilEif);
  const funding = new FundingPage(councilPage);
  await funding.open('EIF');
  const plannedBefore = await plannedPhaseB(councilPage);

  // The project office creates the measure (field of action and goal) and lands on its edit page.
  await new SignInPage(page).signInAs(ACCOUNTS.adminEif);
  const newMeasure = new NewMeasureForm(page);
  await newMeasure.open('EIF');
  const code = await newMeasure.create({ title, start: '01.03.2026', end: '30.06.2027' });
  expect(code).toMatch(/^EIF-M\d+$/);

  // In progress, with participating and adopting municipalities.
  const edit = new MeasureEditPage(page);
  await edit.expectShown();
  const status = edit.progressSection.getByTestId('edit-status');
  await status.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('option', { name: 'in Umsetzung', exact: true }).click();
  await expect(page.getByRole('listbox')).toBeHidden();
  await expect(status).toContainText('in Umsetzung');
  await edit.saveProgressButton.click();
  const measure = new MeasurePage(page);
  await measure.expectShown(code);
  await expect(measure.statusLine).toContainText('in Umsetzung');
  await page.getByTestId('edit-measure').click();
  await edit.expectShown();
  await pickFirst(page, edit.planSection.getByRole('combobox', { name: /^Beteiligte Kommunen/ }));
  await pickFirst(page, edit.planSection.getByTestId('edit-adopters'));
  await edit.planSection.getByTestId('save-plan').click();
  await measure.expectShown(code);
  // the profile names the links: a participating and an adopting municipality
  await expect(page.locator('dl.profile')).toContainText('übernommen von');

  // Milestones: three, then the second moved to the top by keyboard-reachable buttons.
  await measure.addMilestone({ title: 'Ausschreibung', baseline: '30.06.2026', weight: 1 });
  await measure.addMilestone({ title: 'Konzept abgestimmt', baseline: '31.03.2026', weight: 1 });
  await measure.addMilestone({ title: 'Pilotbetrieb', baseline: '31.03.2027', weight: 3 });
  await expect.poll(() => measure.milestoneTitles()).toEqual(['Ausschreibung', 'Konzept abgestimmt', 'Pilotbetrieb']);
  await measure.moveMilestoneUp('Konzept abgestimmt');
  await expect.poll(() => measure.milestoneTitles()).toEqual(['Konzept abgestimmt', 'Ausschreibung', 'Pilotbetrieb']);

  // A milestone added by mistake goes again, after a confirmation that says what goes with it.
  await measure.addMilestone({ title: 'Doppelt angelegt', baseline: '30.04.2027', weight: 2 });
  expect(await measure.deleteMilestone('Doppelt angelegt')).toContain('Gewicht (2 von 7)');

  // Cost plan over two years (the schedule brings 2026 and 2027) and two categories.
  await expect(measure.budget.getByRole('columnheader', { name: '2027' })).toBeVisible();
  await measure.addPlanCategory('Personal');
  await measure.setPlanCell('Personal', 2026, '20.000');
  await measure.setPlanCell('Personal', 2027, '30.000');
  await measure.addPlanCategory('Sachkosten');
  await measure.setPlanCell('Sachkosten', 2026, '5.000');
  await measure.setPlanCell('Sachkosten', 2027, '7.500');
  await expect(measure.budget).toContainText('62.500,00');

  // Nothing spent yet: the deviation asks for a reason, which the edit page records for the Sachbericht.
  const deviation = measure.budget.getByTestId('budget-deviation');
  await expect(deviation).toContainText('Abweichung Plan/Ist: -62.500,00 € (-100 %)');
  await expect(deviation).toContainText('Keine Begründung erfasst');
  await deviation.getByRole('link', { name: 'Begründung bearbeiten' }).click();
  await edit.expectShown();
  await edit.planSection
    .getByLabel('Begründung der Abweichung vom Kostenplan')
    .fill('Die Ausschreibung läuft; Ausgaben ab dem zweiten Quartal 2027.');
  await edit.planSection.getByTestId('save-plan').click();
  await measure.expectShown(code);
  await expect(measure.budget.getByTestId('budget-deviation')).toContainText(
    'Begründung: Die Ausschreibung läuft; Ausgaben ab dem zweiten Quartal 2027.',
  );

  // An indicator with its target and two measured values.
  await measure.addIndicator({
    name: indicator,
    unit: 'Karten',
    baseline: '0',
    target: '5.000',
    targetDate: '30.06.2027',
  });
  await measure.recordIndicatorValue(indicator, { date: '30.09.2026', value: '800' });
  await measure.recordIndicatorValue(indicator, { date: '15.11.2026', value: '1.250' });
  const values = measure.indicator(indicator).getByTestId('indicator-values').locator('tbody tr');
  await expect(values).toHaveCount(2);
  await expect(values.nth(1)).toContainText('1.250');
  await expect(values.nth(1)).toContainText('25 %');
  await expect(measure.indicator(indicator).locator('mw-chart svg')).toBeVisible();

  // The new sections pass axe and reflow, wide and on a phone.
  await expectNoAccessibilityViolations(page);
  await saveScreenshot(page, 'plan-measure-1440');
  await page.setViewportSize({ width: 390, height: 844 });
  // laid out anew for the phone (the shell decides its navigation when it starts)
  await page.reload();
  await measure.expectShown(code);
  await expect(measure.indicator(indicator).locator('mw-chart svg')).toBeVisible();
  await expectNoHorizontalScrolling(page);
  await expectNoAccessibilityViolations(page);
  await saveScreenshot(page, 'plan-measure-390');
  // the plan form and the indicator form are open on a phone, too
  await page.getByTestId('add-milestone').click();
  await measure.indicators.getByTestId('add-indicator').click();
  await expectNoAccessibilityViolations(page);
  await saveScreenshot(page, 'plan-forms-390');

  // The council sees it: overview (in progress without a report), roadmap, Finanzen and the export.
  const overview = new ProjectOverviewPage(councilPage);
  await overview.open('EIF');
  await expect(overview.staleMeasure(code)).toHaveCount(1);
  const roadmap = new RoadmapPage(councilPage);
  await roadmap.open('EIF');
  await expect(roadmap.rows.filter({ hasText: code })).toHaveCount(1);
  await funding.open('EIF');
  expect(await plannedPhaseB(councilPage)).toBe(plannedBefore + 6_250_000);
  const csv = (await funding.download('csv')).content.toString('utf8');
  expect(csv).toContain(`;${code};`);
  expect(csv).toContain(title);
  await councilContext.close();
});

test('an editor corrects their own status report', async ({ page }) => {
  await new SignInPage(page).signInAs(ACCOUNTS.editorEif);
  const measure = new MeasurePage(page);
  await measure.open('EIF', 'EIF-M02');
  const achieved = `Abstimmung mit dem Kreis (E2E ${Date.now()})`;
  await measure.fileReport({ trafficLight: 'YELLOW', progress: 45, achieved });
  const newest = measure.reports.first();
  await expect(newest).toContainText('21.11.2026');
  await expect(newest).toContainText('gelb · 45 %');
  await expect(newest.getByTestId('delete-report')).toBeVisible();

  await measure.correctNewestReport(40);
  await expect(newest).toContainText('gelb · 40 %');
  await expect(newest).toContainText(achieved);
  await saveScreenshot(page, 'status-report-corrected');

  // Saved, not only shown.
  await page.reload();
  await measure.expectShown('EIF-M02');
  await expect(measure.reports.first()).toContainText('gelb · 40 %');
});
