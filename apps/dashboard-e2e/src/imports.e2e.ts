import { MeasurePage } from './pages/measure.page';
import { editMeasureRow, germanDate, importByRoute, ImportsPage } from './pages/imports.page';
import { SignInPage } from './pages/sign-in.page';
import { ACCOUNTS } from './support/accounts';
import { expectNoAccessibilityViolations, expectNoHorizontalScrolling } from './support/accessibility';
import { expect, test } from './support/fixtures';
import { saveScreenshot } from './support/screenshots';

// "Bedarfsgesteuerte Straßenbeleuchtung": no other end-to-end test names this measure, and the test puts its title
// and planned end back afterwards (the other tests share the server and its demo data).
const MEASURE = 'EIF-M21';
const NEW_END = '2028-06-30';

test('the project office exports the measures, changes one in Excel, checks the import and applies it', async ({
  page,
}) => {
  // two downloads, a dry run, the application and putting the measure back
  test.setTimeout(120_000);
  const shell = await new SignInPage(page).signInAs(ACCOUNTS.adminEif);
  await shell.navLink('Import aus Excel').click();
  const imports = new ImportsPage(page);
  await imports.expectShown();
  await expectNoAccessibilityViolations(page);

  const workbook = await imports.downloadWorkbook();
  expect(workbook.name).toMatch(/\.xlsx$/);
  const suffix = `(Import ${Date.now()})`;
  const edited = await editMeasureRow(workbook.content, MEASURE, (cells) => ({
    title: `${cells.title} ${suffix}`,
    plannedEnd: NEW_END,
  }));
  const { before } = edited;
  expect(before.plannedEnd).not.toBe(NEW_END);
  const newTitle = `${before.title} ${suffix}`;
  let restoredBy: Awaited<ReturnType<typeof importByRoute>> | null = null;

  try {
    await imports.check(workbook.name, edited.content);
    // exactly the one row, with exactly the two cells changed; the unchanged rows are hidden
    await expect(imports.count('CHANGED')).toHaveText(/geändert: 1$/);
    for (const outcome of ['NEW', 'CONFLICT', 'REFUSED'] as const)
      await expect(imports.count(outcome)).toHaveText(/: 0$/);
    await expect(imports.rows).toHaveCount(1);
    await expect(imports.row(MEASURE)).toContainText('geändert');
    await expect(imports.changes(MEASURE)).toHaveText([
      `Titel: bisher ${before.title} → neu ${newTitle}`,
      `Laufzeit Ende (geplant): bisher ${germanDate(before.plannedEnd)} → neu ${germanDate(NEW_END)}`,
    ]);
    await expect(imports.applyButton).toBeEnabled();
    await expectNoAccessibilityViolations(page);
    await saveScreenshot(page, 'import-dry-run');
    await page.setViewportSize({ width: 390, height: 844 });
    // the navigation turns into a drawer and slides away (without a reload, which would forget the chosen file)
    await expect.poll(() => page.locator('main').evaluate((main) => main.clientWidth)).toBeGreaterThan(350);
    await expectNoHorizontalScrolling(page);
    await expectNoAccessibilityViolations(page);
    await saveScreenshot(page, 'import-dry-run-phone');
    await page.setViewportSize({ width: 1280, height: 900 });

    await imports.apply();
    await expect(imports.applied).toContainText('geändert: 1');
    await expect(imports.applyButton).toHaveCount(0);
    await saveScreenshot(page, 'import-applied');

    await imports.row(MEASURE).getByRole('link', { name: MEASURE }).click();
    const changedMeasure = new MeasurePage(page);
    await changedMeasure.expectShown(MEASURE);
    await expect(changedMeasure.heading).toHaveText(newTitle);
  } finally {
    // the measure as it was, through the route scripts use: a new export with the old title and date
    const current = await page.request.get(`/api/exports/projects/EIF/measures.xlsx`);
    const restored = await editMeasureRow(await current.body(), MEASURE, () => before);
    // no assertion here: it would hide why the test failed; the checks follow
    restoredBy = await importByRoute(page, 'EIF', restored.content);
  }
  expect(restoredBy).toEqual({ status: 200, changed: 1 });
  const measure = new MeasurePage(page);
  await measure.open('EIF', MEASURE);
  await expect(measure.heading).toHaveText(before.title);
});

test('a council member is offered no import and gets no import page', async ({ page }) => {
  const shell = await new SignInPage(page).signInAs(ACCOUNTS.councilEif);
  await expect(shell.navLink('Berichtsrunden')).toBeVisible();
  await expect(shell.navLink('Import aus Excel')).toHaveCount(0);
  const imports = new ImportsPage(page);
  await imports.open('EIF');
  await expect(imports.noPermission).toContainText('Importieren dürfen nur das Projektbüro');
  await expect(imports.file).toHaveCount(0);
  // the route refuses too
  const response = await page.request.post('/api/imports/projects/EIF/measures?dryRun=true', {
    headers: { 'Content-Type': 'text/csv' },
    data: 'Titel;Kennung\n',
  });
  expect(response.status()).toBe(403);
});
