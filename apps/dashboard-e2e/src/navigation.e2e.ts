import { SignInPage } from './pages/sign-in.page';
import { ACCOUNTS, DemoAccount } from './support/accounts';
import { expect, test } from './support/fixtures';

/** The pages of one project as the navigation lists them; the import and Verwaltung only for those who administer it. */
const project = (name: string, administers: boolean) => [
  `# ${name}`,
  'Übersicht',
  'Maßnahmen',
  'Zeitplan',
  'Finanzen',
  'Berichtsrunden',
  ...(administers ? ['Import aus Excel', 'Verwaltung'] : []),
];

const PLATFORM = [
  '# Plattform',
  'Projekte verwalten',
  'Cluster',
  'Förderprogramme',
  'Gebietseinheiten',
  'Kostenkategorien',
  'Konten',
  'Postausgang',
];

/** Every role sees exactly the pages it may use: headings (marked #) and links, in order. */
const CASES: { role: string; account: DemoAccount; at: string; expected: (eif: string) => string[] }[] = [
  {
    role: 'project office',
    account: ACCOUNTS.adminEif,
    at: '/projekte',
    expected: (eif) => ['Modellprojekte', 'Meine Maßnahmen', 'Alle Maßnahmen', ...project(eif, true)],
  },
  {
    role: 'editor',
    account: ACCOUNTS.editorEif,
    at: '/projekte',
    expected: (eif) => ['Modellprojekte', 'Meine Maßnahmen', 'Alle Maßnahmen', ...project(eif, false)],
  },
  {
    role: 'council',
    account: ACCOUNTS.councilEif,
    at: '/projekte',
    expected: (eif) => ['Modellprojekte', 'Alle Maßnahmen', ...project(eif, false)],
  },
  {
    role: 'platform administrator inside a project',
    account: ACCOUNTS.platform,
    at: '/projekte/EIF',
    expected: () => ['Modellprojekte', 'Alle Maßnahmen', ...project('EIFELKREIS VERBINDET', true), ...PLATFORM],
  },
];

for (const { role, account, at, expected } of CASES) {
  test(`the navigation of a ${role} shows exactly its pages`, async ({ page }) => {
    const shell = await new SignInPage(page).signInAs(account);
    await page.goto(at);
    await expect(page.locator('main h1').first()).toBeVisible();
    const entries = shell.navigation.locator('h2.nav-heading, mat-nav-list a[mat-list-item]');
    const eif = (await shell.navigation.locator('h2.nav-heading').first().innerText()).trim();
    const texts = (await entries.evaluateAll((els) =>
      els.map((e) =>
        e.tagName === 'H2'
          ? `# ${e.textContent?.trim()}`
          : (e.querySelector('[matListItemTitle]')?.textContent ?? '').trim(),
      ),
    )) as string[];
    expect(texts).toEqual(expected(eif));
  });
}

test('the pages a platform administrator is offered inside a project open', async ({ page }) => {
  const shell = await new SignInPage(page).signInAs(ACCOUNTS.platform);
  await page.goto('/projekte/EIF');
  for (const [link, heading] of [
    ['Zeitplan', /Zeitplan/],
    ['Finanzen', /Finanzen/],
    ['Verwaltung', /^Verwaltung: /],
  ] as const) {
    await shell.navLink(link).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  }
});
