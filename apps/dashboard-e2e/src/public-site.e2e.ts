import { MeasurePage } from './pages/measure.page';
import { SignInPage } from './pages/sign-in.page';
import { ACCOUNTS } from './support/accounts';
import { expect, test } from './support/fixtures';
import { saveScreenshot } from './support/screenshots';
import { checkPublicPage, visitor } from './support/visitor';

/** Measures the EIF project manager may update; which of them has an open milestone depends on the demo data. */
const CANDIDATES = ['EIF-M04', 'EIF-M02', 'EIF-M05', 'EIF-M13', 'EIF-M22', 'EIF-M01'];

/**
 * The public site (issue 16, decision 0071): an anonymous visitor browses a project, filters its measures and opens
 * one, with no request to another origin, no cookie and no axe violation, on a desktop and on a phone.
 */
for (const width of [1280, 390]) {
  test(`an anonymous visitor browses, filters and opens a measure (${width} px)`, async ({ browser, baseURL }) => {
    test.slow();
    const { context, page, requested, setCookies, publicReads } = await visitor(browser, baseURL as string, width);
    await page.goto('/oeffentlich');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Digitale Agenden der Modellprojekte');
    await checkPublicPage(page);
    await page.getByTestId('public-projects').getByRole('link', { name: 'EIFELKREIS VERBINDET' }).click();
    await expect(page.getByTestId('public-figures')).toContainText('veröffentlichte Maßnahmen');
    await checkPublicPage(page);
    if (width === 1280) await saveScreenshot(page, 'public-project');

    await page.getByTestId('public-to-measures').click();
    const count = page.getByTestId('public-count');
    await expect(count).toContainText('Maßnahmen gefunden');
    const all = Number((await count.textContent())?.match(/\d+/)?.[0]);
    await checkPublicPage(page);

    // filter by the first field of action: fewer or as many, and the state is in the address
    await page.getByRole('combobox', { name: 'Handlungsfeld' }).focus();
    await page.keyboard.press('Enter');
    const option = page.getByRole('listbox').getByRole('option').nth(1);
    const field = (await option.textContent())?.trim() as string;
    await option.click();
    await expect(page).toHaveURL(/handlungsfeld=/);
    await expect(count).not.toHaveText('');
    const filtered = Number((await count.textContent())?.match(/\d+/)?.[0]);
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThanOrEqual(all);
    // a reload keeps the filter
    await page.reload();
    await expect(page.getByTestId('public-filter-field')).toContainText(field);
    await checkPublicPage(page);
    if (width === 1280) await saveScreenshot(page, 'public-measures-filtered');

    // a search that finds nothing says so
    await page.getByTestId('public-search').fill('gibt es nicht xyz');
    await page.getByRole('button', { name: 'Suchen' }).click();
    await expect(count).toHaveText(/0 Maßnahmen gefunden/);
    await page.goBack();
    await expect(count).not.toHaveText(/^\s*0 /);

    await page.getByTestId('public-measure-list').getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
    await expect(page.getByTestId('public-milestones')).toBeVisible();
    await checkPublicPage(page);
    if (width === 1280) await saveScreenshot(page, 'public-measure');

    const origin = new URL(baseURL as string).origin;
    expect(requested.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([]);
    expect(setCookies).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    // the public read model travels as GET that browsers and shared caches may keep
    expect(publicReads.length).toBeGreaterThan(3);
    expect(
      publicReads.filter((r) => !/^GET (200|304) public, max-age=0, must-revalidate, s-maxage=\d+$/.test(r)),
    ).toEqual([]);
    await context.close();
  });
}

test('an editor’s change reaches the public site only once the project office publishes it', async ({
  page,
  browser,
  baseURL,
}) => {
  test.slow();
  // the editor picks a milestone not reached yet on one of their measures
  await new SignInPage(page).signInAs(ACCOUNTS.editorEif);
  const measure = new MeasurePage(page);
  const { code, title } = await measure.openFirstWithOpenMilestone('EIF', CANDIDATES);
  expect(title, `one of ${CANDIDATES.join(', ')} should have an open milestone`).not.toBe('');

  // the project office publishes the measure as it is now
  await new SignInPage(page).signInAs(ACCOUNTS.adminEif);
  await measure.open('EIF', code);
  const card = page.getByTestId('public-version');
  if (await card.getByTestId('release').isVisible()) await card.getByTestId('release').click();
  await expect(card.getByTestId('public-version-standing')).toContainText('Öffentlich und aktuell');

  const { context, page: visit } = await visitor(browser, baseURL as string);
  await visit.goto(`/oeffentlich/EIF/massnahmen/${code}`);
  const row = visit.getByTestId('public-milestones').getByRole('row').filter({ hasText: title });
  await expect(row.getByRole('cell').nth(3)).toHaveText('–');

  // the editor reaches it: the public page still shows the released state
  await new SignInPage(page).signInAs(ACCOUNTS.editorEif);
  await measure.open('EIF', code);
  await measure.setMilestoneCompleted(title, '2026-11-20');
  await visit.reload();
  await expect(row.getByRole('cell').nth(3)).toHaveText('–');

  // the project office reviews and publishes: now the public page and its change log show it
  await new SignInPage(page).signInAs(ACCOUNTS.adminEif);
  await measure.open('EIF', code);
  await expect(card.getByTestId('public-version-differences')).toContainText('Meilensteine');
  await card.getByTestId('release').click();
  await expect(card.getByTestId('public-version-standing')).toContainText('Öffentlich und aktuell');
  // the visitor who was here reloads and sees it: browsers revalidate public answers (decision 0074, amended)
  await visit.reload();
  await expect(row.getByRole('cell').nth(3)).toHaveText('20.11.2026');
  await visit.goto('/oeffentlich/EIF');
  await expect(visit.getByTestId('public-change-log').getByRole('listitem').first()).toContainText(code);
  await context.close();
});
