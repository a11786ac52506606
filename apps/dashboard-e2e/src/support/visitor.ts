import { Browser, Page } from '@playwright/test';
import { expectNoAccessibilityViolations, expectNoHorizontalScrolling } from './accessibility';

/** A visitor without an account: a browser context of its own, recording every request and the cookies it is sent. */
export async function visitor(browser: Browser, baseURL: string, width = 1280) {
  const context = await browser.newContext({ baseURL, viewport: { width, height: 900 } });
  const page = await context.newPage();
  const requested: string[] = [];
  const setCookies: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  page.on('response', async (response) => {
    const cookie = await response.headerValue('set-cookie');
    if (cookie) setCookies.push(`${response.url()}: ${cookie}`);
  });
  return { context, page, requested, setCookies };
}

/** A public page passes axe and reflows without horizontal scrolling. */
export async function checkPublicPage(page: Page): Promise<void> {
  await expectNoAccessibilityViolations(page);
  await expectNoHorizontalScrolling(page);
}
