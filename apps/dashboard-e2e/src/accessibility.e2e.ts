import { Page } from '@playwright/test';
import { AccountPage } from './pages/account.page';
import { ADMIN_TABS, AdminPage } from './pages/admin.page';
import { ClusterPage } from './pages/cluster.page';
import { FundingPage } from './pages/funding.page';
import { MeasureEditPage } from './pages/measure-edit.page';
import { MeasureListPage } from './pages/measure-list.page';
import { MeasurePage } from './pages/measure.page';
import { ProjectListPage } from './pages/project-list.page';
import { ProjectOverviewPage } from './pages/project-overview.page';
import { AccessibilityStatementPage, NotFoundPage } from './pages/public.pages';
import { RoadmapPage } from './pages/roadmap.page';
import { SignInPage } from './pages/sign-in.page';
import { ACCOUNTS, DemoAccount } from './support/accounts';
import { expectNoAccessibilityViolations, expectNoHorizontalScrolling } from './support/accessibility';
import { expect, test } from './support/fixtures';
import { saveScreenshot } from './support/screenshots';

interface PageCheck {
  name: string;
  /** Who signs in first; nobody for the public pages. */
  account?: DemoAccount;
  visit(page: Page): Promise<void>;
}

/** Every page of the dashboard, in the state a user sees it; axe-core checks WCAG 2.1 AA on each. */
const PAGES: PageCheck[] = [
  { name: 'sign-in', visit: (page) => new SignInPage(page).open() },
  { name: 'accessibility-statement', visit: (page) => new AccessibilityStatementPage(page).open() },
  { name: 'not-found', visit: (page) => new NotFoundPage(page).open() },
  { name: 'project-list', account: ACCOUNTS.adminEif, visit: (page) => new ProjectListPage(page).open() },
  { name: 'project-overview', account: ACCOUNTS.platform, visit: (page) => new ProjectOverviewPage(page).open('EIF') },
  {
    name: 'measure-list-project',
    account: ACCOUNTS.funder,
    visit: (page) => new MeasureListPage(page).openProject('EIF'),
  },
  { name: 'measure-list-mine', account: ACCOUNTS.editorWnd, visit: (page) => new MeasureListPage(page).openMine() },
  { name: 'measure', account: ACCOUNTS.adminMyk, visit: (page) => new MeasurePage(page).open('MYK', 'MYK-M01') },
  {
    name: 'measure-status-report-form',
    account: ACCOUNTS.adminKus,
    visit: async (page) => {
      const measure = new MeasurePage(page);
      await measure.open('KUS', 'KUS-M02');
      await measure.openReportForm();
      // With the errors shown after an empty submit, too: they are part of the form's accessible state.
      await measure.reportForm.getByTestId('save-report').click();
      await expect(measure.reportForm.getByRole('alert')).toBeVisible();
    },
  },
  {
    name: 'measure-milestone-form',
    account: ACCOUNTS.adminLnz,
    visit: async (page) => {
      const measure = new MeasurePage(page);
      await measure.open('LNZ', 'LNZ-M01');
      await measure.milestoneEditButtons.first().click();
      await expect(measure.milestones.getByTestId('milestone-completed')).toBeVisible();
    },
  },
  {
    name: 'measure-edit',
    account: ACCOUNTS.adminKus,
    visit: async (page) => {
      const edit = new MeasureEditPage(page);
      await edit.open('KUS', 'KUS-M01');
      // The project office sees both forms: the progress and the plan.
      await expect(edit.progressSection).toBeVisible();
      await expect(edit.planSection).toBeVisible();
    },
  },
  { name: 'roadmap', account: ACCOUNTS.councilEif, visit: (page) => new RoadmapPage(page).open('EIF') },
  {
    name: 'roadmap-table',
    account: ACCOUNTS.adminKl,
    visit: async (page) => {
      const roadmap = new RoadmapPage(page);
      await roadmap.open('KL');
      await roadmap.showTable();
    },
  },
  { name: 'cluster', account: ACCOUNTS.adminMyk, visit: (page) => new ClusterPage(page).openFromProjectList() },
  { name: 'funding', account: ACCOUNTS.funder, visit: (page) => new FundingPage(page).open('EIF') },
  { name: 'account', account: ACCOUNTS.adminKl, visit: (page) => new AccountPage(page).open() },
];

test.describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  for (const check of PAGES) {
    test(`${check.name} has no violations`, async ({ page }) => {
      if (check.account) await new SignInPage(page).signInAs(check.account);
      await check.visit(page);
      await saveScreenshot(page, `a11y-${check.name}`);
      await expectNoAccessibilityViolations(page);
    });
  }

  test('administration, tab by tab, has no violations', async ({ page }) => {
    // One sign-in for all tabs: the account may sign in only a few times per run (see support/accounts.ts).
    await new SignInPage(page).signInAs(ACCOUNTS.adminEif);
    const admin = new AdminPage(page);
    await admin.open('EIF');
    for (const tab of ADMIN_TABS) {
      await test.step(tab, async () => {
        await admin.openTab(tab);
        await saveScreenshot(page, `a11y-admin-${tab}`);
        await expectNoAccessibilityViolations(page);
      });
    }
  });
});

test.describe('accessibility on a phone (390 px wide)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('project overview, with the navigation drawer closed and open, has no violations', async ({ page }) => {
    const shell = await new SignInPage(page).signInAs(ACCOUNTS.adminWnd);
    await new ProjectOverviewPage(page).open('WND');
    await saveScreenshot(page, 'a11y-phone-project-overview');
    await expectNoAccessibilityViolations(page);
    await expectNoHorizontalScrolling(page);

    await shell.menuButton.click();
    await expect(shell.navLink('Meine Maßnahmen')).toBeVisible();
    await saveScreenshot(page, 'a11y-phone-navigation');
    await expectNoAccessibilityViolations(page);
  });

  test('measure page has no violations', async ({ page }) => {
    await new SignInPage(page).signInAs(ACCOUNTS.editorWnd);
    await new MeasurePage(page).open('WND', 'WND-M01');
    await saveScreenshot(page, 'a11y-phone-measure');
    await expectNoAccessibilityViolations(page);
    await expectNoHorizontalScrolling(page);
  });
});
