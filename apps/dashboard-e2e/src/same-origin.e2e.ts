import { AccountPage } from './pages/account.page';
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
import { ACCOUNTS } from './support/accounts';
import { expect, test } from './support/fixtures';

test('the browser talks to nothing but Maßwerk itself', async ({ page, baseURL }) => {
  const origin = new URL(baseURL as string).origin;
  const requested = new Set<string>();
  page.on('request', (request) => requested.add(request.url()));

  await new AccessibilityStatementPage(page).open();
  await new NotFoundPage(page).open();
  const shell = await new SignInPage(page).signInAs(ACCOUNTS.editorWnd);
  await new ProjectListPage(page).open();
  await new ProjectOverviewPage(page).open('WND');
  const list = new MeasureListPage(page);
  await list.openProject('WND');
  await list.openMine();
  await list.openAll();
  const measure = new MeasurePage(page);
  await measure.open('WND', 'WND-M01');
  await measure.openReportForm();
  await new MeasureEditPage(page).open('WND', 'WND-M01');
  await new RoadmapPage(page).open('WND');
  await new FundingPage(page).open('WND');
  await new ClusterPage(page).openFromProjectList();
  await new AccountPage(page).open();
  await shell.switchLanguageKept();
  await new ProjectOverviewPage(page).open('WND');
  // back to German, which the account keeps for later sign-ins
  await shell.switchLanguageKept();
  await shell.signOut();

  const foreign = [...requested].filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url));
  expect(requested.size).toBeGreaterThan(20);
  expect(foreign).toEqual([]);
});
