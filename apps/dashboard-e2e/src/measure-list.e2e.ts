import { MeasureListPage } from './pages/measure-list.page';
import { SignInPage } from './pages/sign-in.page';
import { ACCOUNTS } from './support/accounts';
import { expect, test } from './support/fixtures';
import { saveScreenshot } from './support/screenshots';

test.describe('measure lists', () => {
  test('a filtered view lives in its address and can be shared', async ({ page, browser }) => {
    await new SignInPage(page).signInAs(ACCOUNTS.adminEif);
    const list = new MeasureListPage(page);
    await list.openProject('EIF');
    const all = await list.count();

    const inProgress = await list.filterByStatus('in Umsetzung');
    expect(inProgress).toBeLessThan(all);
    await expect(page).toHaveURL(/[?&]status=IN_PROGRESS(&|$)/);

    const found = await list.searchFor('digital');
    expect(found).toBeGreaterThan(0);
    expect(found).toBeLessThan(inProgress);
    await expect(page).toHaveURL(/[?&]suche=digital(&|$)/);
    const codes = await list.codes();
    expect(codes).toHaveLength(found);
    for (const status of await list.rows.locator('mw-status-chip').allInnerTexts()) {
      expect(status).toContain('in Umsetzung');
    }
    await saveScreenshot(page, 'measure-list-filtered');

    // A colleague opens the same address in a browser of their own: after signing in, the same view.
    const shared = page.url();
    const colleagueContext = await browser.newContext();
    const colleaguePage = await colleagueContext.newPage();
    await colleaguePage.goto(shared);
    await new SignInPage(colleaguePage).signInHereAs(ACCOUNTS.councilEif);
    const colleagueList = new MeasureListPage(colleaguePage);
    await colleagueList.expectLoaded();
    expect(colleaguePage.url()).toBe(shared);
    await expect(colleagueList.search).toHaveValue('digital');
    await expect(colleagueList.statusFilter).toContainText('in Umsetzung');
    expect(await colleagueList.count()).toBe(found);
    expect(await colleagueList.codes()).toEqual(codes);
    await saveScreenshot(colleaguePage, 'measure-list-shared-view');
    await colleagueContext.close();
  });

  test('the next page shows the next measures', async ({ page }) => {
    await new SignInPage(page).signInAs(ACCOUNTS.platform);
    const list = new MeasureListPage(page);
    await list.openAll();
    const total = await list.count();
    const firstPage = await list.codes();
    expect(firstPage).toHaveLength(25);
    expect(total).toBeGreaterThan(25);

    expect(await list.nextPage()).toBe(total);
    await expect(page).toHaveURL(/[?&]nach=/);
    // The pager stays in place while the page loads, so the keyboard focus stays on it.
    await expect(list.nextPageButton).toBeFocused();
    await expect.poll(() => list.codes()).not.toEqual(firstPage);
    const secondPage = await list.codes();
    expect(secondPage.length).toBeGreaterThan(0);
    expect(secondPage.some((code) => firstPage.includes(code))).toBe(false);
    await expect(list.firstPageButton).toBeVisible();
    await saveScreenshot(page, 'measure-list-page-2');
  });
});
