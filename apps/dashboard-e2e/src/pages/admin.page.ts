import { expect, Locator, Page } from '@playwright/test';
import { AppPage } from './app-page';

export type AdminTab = 'members' | 'fields' | 'measures' | 'strategy' | 'grants' | 'publication';

/** The tabs in their order: German label, and what shows once the tab has loaded. */
const TABS: Record<AdminTab, { label: string; loaded: (page: Page) => Locator }> = {
  members: { label: 'Mitglieder', loaded: (page) => page.getByTestId('members-table').locator('tbody tr').first() },
  fields: { label: 'Handlungsfelder & Ziele', loaded: (page) => page.getByTestId('admin-fields').locator('article') },
  measures: {
    label: 'Maßnahmen',
    loaded: (page) => page.getByTestId('admin-measure-list').locator('tbody tr').first(),
  },
  strategy: { label: 'Strategie', loaded: (page) => page.getByTestId('strategy-name') },
  grants: { label: 'Förderbescheide', loaded: (page) => page.getByTestId('grant-phase-B') },
  publication: { label: 'Veröffentlichung', loaded: (page) => page.getByTestId('releases').locator('tbody tr') },
};

export const ADMIN_TABS = Object.keys(TABS) as AdminTab[];

/** /projekte/:code/verwaltung: members and roles, fields of action and goals, measures, strategy, grants – in tabs. */
export class AdminPage extends AppPage {
  readonly tabs = this.page.getByTestId('admin-tabs');

  async open(projectCode: string): Promise<void> {
    await this.page.goto(`/projekte/${projectCode}/verwaltung`);
    await expect(this.heading).toHaveText(/^Verwaltung: /);
    await this.expectTabShown('members');
  }

  tab(name: AdminTab): Locator {
    return this.tabs.getByRole('tab', { name: TABS[name].label, exact: true });
  }

  async openTab(name: AdminTab): Promise<void> {
    await this.tab(name).click();
    await this.expectTabShown(name);
  }

  async expectTabShown(name: AdminTab): Promise<void> {
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true');
    await expect(TABS[name].loaded(this.page).first()).toBeVisible();
  }
}
