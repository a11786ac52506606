import { FundingPage } from './pages/funding.page';
import { MeasurePage } from './pages/measure.page';
import { SignInPage } from './pages/sign-in.page';
import { expectNoAccessibilityViolations, expectNoHorizontalScrolling } from './support/accessibility';
import { ACCOUNTS } from './support/accounts';
import { expect, test } from './support/fixtures';
import { saveScreenshot } from './support/screenshots';

// EIF-M17 is in Umsetzung, planned to end on 1 September 2026; the demo's "today" is 21 November 2026.
const MEASURE = 'EIF-M17';

test('the measure page says why a measure is kritisch and where its progress comes from', async ({ page }) => {
  // the project office reports on every measure of its project
  await new SignInPage(page).signInAs(ACCOUNTS.adminEif);
  const measure = new MeasurePage(page);
  await measure.open('EIF', MEASURE);
  await expect(measure.healthReason).toHaveText(
    'kritisch, weil das geplante Ende (01.09.2026) seit 81 Tagen überschritten ist.',
  );

  // The editor reports 45 %: the header takes the reported figure, says so, and keeps the milestones' figure beside it.
  await measure.fileReport({ trafficLight: 'YELLOW', progress: 45, achieved: `Zwischenstand (E2E ${Date.now()})` });
  await expect(measure.progressSource).toContainText('laut Statusbericht vom 21.11.2026');
  await expect(measure.progressSource).toContainText(/Meilensteine: \d+ %/);
  await expect(measure.statusLine.getByRole('img', { name: 'Fortschritt: 45 %' })).toBeVisible();
  await expect(measure.healthReason).toContainText('kritisch, weil');
  await saveScreenshot(page, 'figures-measure-header');

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(measure.healthReason).toBeVisible();
  await saveScreenshot(page, 'figures-measure-header-phone');
  await expectNoAccessibilityViolations(page);
});

test.describe('on a phone (390 px wide)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('a wide table scrolls sideways in a labelled region and says so', async ({ page }) => {
    await new SignInPage(page).signInAs(ACCOUNTS.adminEif);
    const funding = new FundingPage(page);
    await funding.open('EIF');
    const hint = funding.scrollHints.first();
    await expect(hint).toHaveText(/Tabelle seitlich scrollen/);
    // the region the hint describes: named, and focusable so that the keyboard can scroll it
    const id = await hint.getAttribute('id');
    const scroller = page.locator(`[role="region"][aria-describedby="${id}"]`);
    await expect(scroller).toHaveAttribute('aria-label', /.+/);
    await expect(scroller).toHaveAttribute('tabindex', '0');
    await scroller.focus();
    await expect(scroller).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    await saveScreenshot(page, 'figures-funding-phone');
    await expectNoAccessibilityViolations(page);
    await expectNoHorizontalScrolling(page);
  });
});
