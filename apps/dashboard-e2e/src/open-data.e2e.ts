import { request as playwrightRequest } from '@playwright/test';
import { AdminPage, OpenDataSettingsPart } from './pages/admin.page';
import { SignInPage } from './pages/sign-in.page';
import { ACCOUNTS } from './support/accounts';
import { expectNoAccessibilityViolations } from './support/accessibility';
import { expect, test } from './support/fixtures';
import { saveScreenshot } from './support/screenshots';

/* Open data in DCAT-AP.de (decision 0069). In the demo only the Eifelkreis publishes; Kusel switches it on here. */

test('the project office switches open data on, and anyone then finds the dataset in the catalogue', async ({
  page,
  baseURL,
}) => {
  // anyone: a client without the browser's session
  const anonymous = await playwrightRequest.newContext({ baseURL });
  const catalog = async () => {
    const response = await anonymous.get('/api/open-data/catalog.jsonld');
    expect(response.status()).toBe(200);
    expect(response.headers()['set-cookie']).toBeUndefined();
    return (await response.json()) as { '@graph': { '@id': string; '@type'?: string | string[] }[] };
  };
  const kusDataset = (graph: Awaited<ReturnType<typeof catalog>>) =>
    graph['@graph'].find((node) => node['@id'].endsWith('/api/open-data/projects/KUS#dataset'));
  expect(kusDataset(await catalog())).toBeUndefined();
  expect((await anonymous.get('/api/open-data/projects/KUS/measures.csv')).status()).toBe(404);

  await new SignInPage(page).signInAs(ACCOUNTS.adminKus);
  const admin = new AdminPage(page);
  await admin.open('KUS');
  await admin.openTab('openData');
  await expect(page).toHaveURL(/bereich=offene-daten/);
  const settings = new OpenDataSettingsPart(page);
  await expect(settings.enabled).not.toBeChecked();
  await expect(settings.off).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await settings.enabled.check();
  await settings.chooseLicence('Creative Commons Namensnennung 4.0 (CC BY 4.0)');
  await settings.contactEmail.fill('offene-daten@kusel.example.org');
  await settings.save.click();
  await expect(page.getByText('Die Einstellungen zu offenen Daten wurden gespeichert.')).toBeVisible();
  await expect(settings.links.getByRole('link', { name: 'Maßnahmen als CSV (Excel)' })).toHaveAttribute(
    'href',
    '/api/open-data/projects/KUS/measures.csv',
  );
  await expect(settings.links.getByRole('link', { name: 'Katalog (DCAT-AP.de, JSON-LD)' })).toHaveAttribute(
    'href',
    '/api/open-data/catalog.jsonld',
  );
  await saveScreenshot(page, 'admin-open-data');
  await expectNoAccessibilityViolations(page);

  // the setting holds after a reload
  await page.reload();
  await expect(settings.enabled).toBeChecked();
  await expect(settings.licence).toContainText('CC BY 4.0');

  const graph = await catalog();
  const dataset = kusDataset(graph) as Record<string, unknown>;
  expect(dataset).toBeDefined();
  expect(dataset['@type']).toBe('dcat:Dataset');
  expect(dataset['dct:license']).toBe('http://dcat-ap.de/def/licenses/cc-by/4.0');
  expect(JSON.stringify(graph)).toContain('mailto:offene-daten@kusel.example.org');
  const csv = await anonymous.get('/api/open-data/projects/KUS/measures.csv');
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(await csv.text()).toContain('Kennung;Titel;');
  await anonymous.dispose();
});
