import { Browser, chromium } from '@playwright/test';
import { AdminPage } from './pages/admin.page';
import { PublicationReachPart, PublicEmbedPart } from './pages/public-embed.page';
import { SignInPage } from './pages/sign-in.page';
import { ACCOUNTS } from './support/accounts';
import { expectNoAccessibilityViolations, expectNoHorizontalScrolling } from './support/accessibility';
import { expect, test } from './support/fixtures';
import { saveScreenshot } from './support/screenshots';
import { visitor } from './support/visitor';
import { chromiumPath } from './support/browser';

const PROJECT = 'EIFELKREIS VERBINDET';
/** A site the installation lets frame the summary (PUBLIC_EMBED_ANCESTORS in playwright.config.ts), and one it does not. */
const ALLOWED = 'http://kreis.example';
const FOREIGN = 'http://fremd.example';

/** A page of another site (answered by the browser itself, never the network) that frames the summary. */
async function framedFrom(browser: Browser, baseURL: string, site: string) {
  const context = await browser.newContext({ viewport: { width: 420, height: 900 } });
  const page = await context.newPage();
  await page.route(`${site}/**`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="de"><title>Kreis</title><h1>Unser Kreis</h1>
        <iframe src="${baseURL}/oeffentlich/EIF/einbettung" title="Digitale Agenda" width="360" height="700"></iframe>`,
    }),
  );
  const embedded = page.waitForResponse((r) => r.url().endsWith('/oeffentlich/EIF/einbettung'));
  await page.goto(`${site}/startseite`);
  return { context, page, embedded: await embedded };
}

/**
 * A project's reach (issue 16, decision 0073): the project office asks search engines not to index its public pages;
 * its summary, without the public site's header and footer, fits a narrow frame on the county's own site, which only
 * the configured sites may frame.
 */
test('the project office asks search engines not to index the public pages, and can turn it off', async ({
  page,
  browser,
  baseURL,
}) => {
  test.slow();
  await new SignInPage(page).signInAs(ACCOUNTS.adminEif);
  const admin = new AdminPage(page);
  await admin.open('EIF');
  await admin.openTab('publication');
  const reach = new PublicationReachPart(page);
  await expect(reach.snippet).toHaveValue(
    `<iframe src="${baseURL}/oeffentlich/EIF/einbettung" title="Digitale Agenda: ${PROJECT}" width="100%" ` +
      `height="520" style="border: 0; max-width: 40rem" loading="lazy"></iframe>`,
  );
  await expect(reach.preview).toHaveAttribute('href', '/oeffentlich/EIF/einbettung');
  await expect(reach.preview).toHaveAttribute('target', '_blank');
  await reach.copy.click();
  await expect(reach.copy).toHaveText('Kopiert');
  await reach.setNoindex(true);
  await expectNoAccessibilityViolations(page);
  await saveScreenshot(page, 'publication-reach');

  const { context, page: visit } = await visitor(browser, baseURL as string, 1280);
  try {
    const response = await visit.goto('/oeffentlich/EIF');
    expect(response?.headers()['x-robots-tag']).toBe('noindex');
    await expect(visit.getByRole('heading', { level: 1 })).toHaveText(PROJECT);
    const robots = visit.locator('meta[name="robots"]');
    await expect(robots).toHaveAttribute('content', 'noindex');
    await visit.getByTestId('public-to-measures').click();
    await expect(visit.getByTestId('public-count')).toContainText('Maßnahmen gefunden');
    await expect(robots).toHaveAttribute('content', 'noindex');
    // the other pages of the site are indexed
    await visit.getByRole('link', { name: 'Maßwerk · Digitale Agenda' }).click();
    await expect(visit.getByRole('heading', { level: 1 })).toHaveText('Digitale Agenden der Modellprojekte');
    await expect(robots).toHaveCount(0);

    await reach.setNoindex(false);
    const again = await visit.goto('/oeffentlich/EIF');
    expect(again?.headers()['x-robots-tag']).toBe('all');
    await expect(visit.getByRole('heading', { level: 1 })).toHaveText(PROJECT);
    await expect(robots).toHaveCount(0);
  } finally {
    await context.close();
  }
});

test('the summary fits a narrow frame, without cookie, other origin or axe violation', async ({ browser, baseURL }) => {
  const { context, page, requested, setCookies } = await visitor(browser, baseURL as string, 360);
  try {
    const response = await page.goto('/oeffentlich/EIF/einbettung');
    const headers = response?.headers() ?? {};
    expect(headers['content-security-policy']).toContain(`frame-ancestors 'self' ${ALLOWED}`);
    expect(headers['x-frame-options']).toBeUndefined();
    const embed = new PublicEmbedPart(page);
    await embed.expectSummaryOf(PROJECT);
    // no header, footer or sign-in of the public site
    await expect(page.getByTestId('public-language')).toHaveCount(0);
    await expect(page.getByRole('link', { name: /Anmelden/ })).toHaveCount(0);
    await expect(embed.link).toHaveText(/Zur Digitalen Agenda/);
    await expect(embed.link).toHaveAttribute('href', '/oeffentlich/EIF');
    await expect(embed.link).toHaveAttribute('target', '_blank');
    await expect(embed.link).toHaveAttribute('rel', 'noopener');
    await expectNoAccessibilityViolations(page);
    await expectNoHorizontalScrolling(page);
    await saveScreenshot(page, 'public-embed-360');

    const [opened] = await Promise.all([context.waitForEvent('page'), embed.link.click()]);
    await expect(opened.getByRole('heading', { level: 1 })).toHaveText(PROJECT);

    // every other page may be framed by no one
    const project = await page.request.get('/oeffentlich/EIF');
    expect(project.headers()['content-security-policy']).toContain("frame-ancestors 'none'");

    const origin = new URL(baseURL as string).origin;
    expect(requested.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    expect(setCookies).toEqual([]);
    expect(await context.cookies()).toEqual([]);
  } finally {
    await context.close();
  }
});

test('a configured site frames the summary, another site cannot', async ({ baseURL }) => {
  // The test's sites have public names and frame a loopback address, which Chromium refuses (Local Network Access)
  // before it asks the page's CSP; between two public sites that check does not apply. A browser of its own, then.
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-features=LocalNetworkAccessChecks'],
  });
  try {
    const allowed = await framedFrom(browser, baseURL as string, ALLOWED);
    expect(allowed.embedded.status()).toBe(200);
    await new PublicEmbedPart(allowed.page.frameLocator('iframe')).expectSummaryOf(PROJECT);
    await saveScreenshot(allowed.page, 'public-embed-framed');

    const foreign = await framedFrom(browser, baseURL as string, FOREIGN);
    // the server answered, the browser refused to show it (its CSP): the frame holds an error page, not the app
    expect(foreign.embedded.status()).toBe(200);
    const frame = foreign.page.frames().find((f) => f !== foreign.page.mainFrame());
    await expect.poll(() => frame?.url()).toMatch(/^chrome-error:/);
    expect(await frame?.locator('mw-root').count()).toBe(0);
  } finally {
    await browser.close();
  }
});
