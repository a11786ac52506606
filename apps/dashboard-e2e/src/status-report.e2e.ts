import { MeasurePage } from './pages/measure.page';
import { ProjectOverviewPage } from './pages/project-overview.page';
import { signInElsewhere, SignInPage } from './pages/sign-in.page';
import { ACCOUNTS } from './support/accounts';
import { expect, test } from './support/fixtures';
import { saveScreenshot } from './support/screenshots';

test('a project manager files a status report and the county council sees it', async ({ page, browser }) => {
  const achieved = `Schnittstelle zum Geoportal abgenommen (E2E ${Date.now()})`;

  // The council's view before: is EIF-M01 among the measures without a recent report?
  const { context: councilContext, page: councilPage } = await signInElsewhere(browser, ACCOUNTS.councilEif);
  const overview = new ProjectOverviewPage(councilPage);
  await overview.open('EIF');
  const staleBefore = await overview.staleCount();
  const wasStale = (await overview.staleMeasure('EIF-M01').count()) > 0;

  // The project manager files the report through the form.
  await new SignInPage(page).signInAs(ACCOUNTS.editorEif);
  const measure = new MeasurePage(page);
  await measure.open('EIF', 'EIF-M01');
  await measure.fileReport({ trafficLight: 'RED', progress: 35, achieved });
  await expect(measure.reports.first()).toContainText(achieved);
  await saveScreenshot(page, 'status-report-filed');

  // The council sees the report on the measure, dated today, and the measure counts as up to date.
  const councilMeasure = new MeasurePage(councilPage);
  await councilMeasure.open('EIF', 'EIF-M01');
  const newest = councilMeasure.reports.first();
  await expect(newest).toContainText('21.11.2026');
  await expect(newest).toContainText('rot · 35 %');
  await expect(newest).toContainText(achieved);
  await expect(newest).toContainText(ACCOUNTS.editorEif.displayName);
  await expect(councilMeasure.freshness).toHaveText(/heute/);
  await saveScreenshot(councilPage, 'status-report-council-measure');

  // The overview no longer lists EIF-M01 as without a recent report, and the key figure dropped if it was.
  await overview.open('EIF');
  await expect(overview.staleMeasure('EIF-M01')).toHaveCount(0);
  expect(await overview.staleCount()).toBe(wasStale ? staleBefore - 1 : staleBefore);
  await saveScreenshot(councilPage, 'status-report-council-overview');
  await councilContext.close();
});

test('a project manager records an expenditure typed the German way', async ({ page }) => {
  const description = `Beratung Datenschutz (E2E ${Date.now()})`;
  await new SignInPage(page).signInAs(ACCOUNTS.editorEif);
  const measure = new MeasurePage(page);
  await measure.open('EIF', 'EIF-M05');

  // "1,500" is ambiguous in German (thousands or 1,5?): refused with a hint, and nothing typed is lost.
  await measure.fillExpenditure({ spentOn: '2026-11-20', amount: '1,500', description });
  await measure.expenditureForm.getByTestId('save-expenditure').click();
  await expect(measure.expenditureForm).toContainText('Bitte einen Betrag wie 1.500,00 eingeben.');
  await expect(measure.expenditureForm.getByTestId('expenditure-amount')).toHaveValue('1,500');
  await expect(measure.expenditureForm.getByTestId('expenditure-description')).toHaveValue(description);
  await expect(measure.expenditureRow(description)).toHaveCount(0);

  // "1.500" is fifteen hundred euros, not 1,50 €.
  await measure.expenditureForm.getByTestId('expenditure-amount').fill('1.500');
  await measure.expenditureForm.getByTestId('save-expenditure').click();
  await expect(measure.budget.getByRole('status')).toHaveText('Die Ausgabe wurde erfasst.');
  await expect(measure.expenditureRow(description)).toContainText(/1\.500,00\s€/);
  await saveScreenshot(page, 'expenditure-recorded');

  // Saved, not only shown.
  await page.reload();
  await measure.expectShown('EIF-M05');
  await expect(measure.expenditureRow(description)).toContainText(/1\.500,00\s€/);
});
