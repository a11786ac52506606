import { Page, test } from '@playwright/test';
import { join } from 'node:path';
import { SCREENSHOT_DIR } from './paths';

/** Saves a full-page screenshot as test-results/screenshots/<name>.png and attaches it to the HTML report. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  // From the top: scrolled down, the sticky top bar would be painted across the middle of the full-page image.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path, fullPage: true, animations: 'disabled', caret: 'hide' });
  await test.info().attach(name, { path, contentType: 'image/png' });
}
