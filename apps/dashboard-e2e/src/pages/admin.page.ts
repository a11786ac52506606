import { expect, Locator, Page } from '@playwright/test';
import { AppPage } from './app-page';

export type AdminTab = 'members' | 'fields' | 'measures' | 'strategy' | 'grants' | 'publication' | 'openData';

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
  openData: { label: 'Offene Daten', loaded: (page) => page.getByTestId('open-data-form') },
};

export const ADMIN_TABS = Object.keys(TABS) as AdminTab[];

/**
 * /projekte/:code/verwaltung: members and roles, fields of action and goals, measures, strategy, grants, reminders,
 * publication, open data – in tabs.
 */
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

/** Verwaltung → Offene Daten: the switch, the licence, the contact address and, once on, the public addresses. */
export class OpenDataSettingsPart {
  readonly form: Locator;
  readonly enabled: Locator;
  readonly licence: Locator;
  readonly contactEmail: Locator;
  readonly save: Locator;
  readonly links: Locator;
  readonly off: Locator;

  constructor(private readonly page: Page) {
    this.form = page.getByTestId('open-data-form');
    this.enabled = this.form.getByRole('checkbox', {
      name: 'Veröffentlichte Maßnahmen als offene Daten bereitstellen',
    });
    this.licence = this.form.getByRole('combobox', { name: 'Lizenz' });
    this.contactEmail = this.form.getByRole('textbox', { name: /Kontaktadresse/ });
    this.save = this.form.getByRole('button', { name: 'Speichern' });
    this.links = page.getByTestId('open-data-links');
    this.off = page.getByTestId('open-data-off');
  }

  async chooseLicence(name: string): Promise<void> {
    await this.licence.click();
    await this.page.getByRole('option', { name }).click();
    await expect(this.licence).toContainText(name);
  }
}
