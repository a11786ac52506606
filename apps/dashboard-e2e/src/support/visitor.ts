import { Browser, Page } from '@playwright/test';
import { expectNoAccessibilityViolations, expectNoHorizontalScrolling } from './accessibility';

/**
 * A visitor without an account: a browser context of its own, recording every request, the cookies it is sent and how
 * the public read model's answers may be cached.
 */
export async function visitor(browser: Browser, baseURL: string, width = 1280) {
  const context = await browser.newContext({ baseURL, viewport: { width, height: 900 } });
  const page = await context.newPage();
  const requested: string[] = [];
  const setCookies: string[] = [];
  /** The requests of the public read model, as `method status cache-control` (decision 0074). */
  const publicReads: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  page.on('response', async (response) => {
    const cookie = await response.headerValue('set-cookie');
    if (cookie) setCookies.push(`${response.url()}: ${cookie}`);
    const request = response.request();
    const url = new URL(response.url());
    if (url.pathname !== '/graphql') return;
    const query = request.method() === 'GET' ? url.searchParams.get('query') : request.postData();
    if (/query Public/.test(query ?? ''))
      publicReads.push(`${request.method()} ${response.status()} ${await response.headerValue('cache-control')}`);
  });
  return { context, page, requested, setCookies, publicReads };
}

/** A public page passes axe and reflows without horizontal scrolling. */
export async function checkPublicPage(page: Page): Promise<void> {
  await expectNoAccessibilityViolations(page);
  await expectNoHorizontalScrolling(page);
}
