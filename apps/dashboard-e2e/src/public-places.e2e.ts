import { PublicClusterPage, PublicMunicipalityPage, PublicProjectPage } from './pages/public-places.pages';
import { expectNoAccessibilityViolations } from './support/accessibility';
import { expect, test } from './support/fixtures';
import { saveScreenshot } from './support/screenshots';
import { checkPublicPage, visitor } from './support/visitor';

/**
 * The public places (issue 16, decision 0072): from a project's page an anonymous visitor opens its cluster (the
 * projects compared) and a member municipality (its measures), and from there a measure, whose municipalities lead
 * back; with no request to another origin, no cookie and no axe violation, on a desktop and on a phone.
 */
for (const width of [1280, 390]) {
  test(`an anonymous visitor compares a cluster's projects and follows a municipality (${width} px)`, async ({
    browser,
    baseURL,
  }) => {
    test.slow();
    const { context, page, requested, setCookies } = await visitor(browser, baseURL as string, width);
    const project = new PublicProjectPage(page);
    await project.open('EIF');

    // the cluster: the demo's Eifelkreis publishes, its cluster compares it
    await project.clusterLink.click();
    const cluster = new PublicClusterPage(page);
    await expect(page).toHaveURL(/\/oeffentlich\/cluster\/[0-9a-f-]{36}$/);
    await expect(cluster.heading).toHaveText('Südwest-Cluster');
    const row = cluster.projects.getByRole('row').filter({ hasText: 'EIFELKREIS VERBINDET' });
    await expect(row).toContainText(/\d+ umgesetzt/);
    await expect(cluster.chart).toBeVisible();
    await checkPublicPage(page);
    if (width === 1280) await saveScreenshot(page, 'public-cluster');

    // back to the project, then a member municipality
    await page.goBack();
    await expect(project.clusterLink).toBeVisible();
    const name = await project.openFirstMunicipality();
    const municipality = new PublicMunicipalityPage(page);
    await expect(municipality.heading).toHaveText(name);
    await expect(municipality.ars).toHaveText(/^\d{12}$/);
    const ars = (await municipality.ars.textContent()) as string;
    await expect(municipality.figures).toContainText('veröffentlichten Maßnahmen beteiligt');
    await expect(municipality.measures.getByRole('link').first()).toBeVisible();
    await checkPublicPage(page);
    if (width === 1280) await saveScreenshot(page, 'public-municipality');

    // the whole list of its measures is the project's list filtered by it
    await municipality.allMeasures.click();
    await expect(page).toHaveURL(new RegExp(`kommune=${ars}`));
    await expect(page.getByTestId('public-count')).toContainText('Maßnahmen gefunden');
    await page.goBack();

    // a measure of it names it, and the name leads back to its page
    await municipality.measures.getByRole('link').first().click();
    const places = page.getByTestId('public-municipalities');
    await expect(places.getByRole('link', { name })).toBeVisible();
    await checkPublicPage(page);
    await places.getByRole('link', { name }).click();
    await expect(municipality.heading).toHaveText(name);

    const origin = new URL(baseURL as string).origin;
    expect(requested.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([]);
    expect(setCookies).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });
}

test('an address for no municipality of the project, or no cluster, says it is not found', async ({
  browser,
  baseURL,
}) => {
  const { context, page } = await visitor(browser, baseURL as string, 1280);
  await page.goto('/oeffentlich/EIF/kommunen/999999999999');
  await expect(page.getByRole('alert')).toContainText('gehört nicht zu dem Modellprojekt');
  await page.goto('/oeffentlich/cluster/kein-cluster');
  await expect(page.getByRole('alert')).toContainText('Diesen Cluster gibt es nicht');
  await expectNoAccessibilityViolations(page);
  await context.close();
});
