import { expect, Locator, Page } from '@playwright/test';
import { AppPage } from './app-page';

/** One of the pages under /plattform: a heading, a button that opens the form dialog, a table, a notice. */
abstract class PlatformRecordPage extends AppPage {
  readonly dialog = this.page.getByRole('dialog');
  readonly notice = this.page.getByTestId('admin-notice');

  constructor(
    page: Page,
    private readonly path: string,
    private readonly title: string,
    /** The start of the test id of a row, before the record's key (`cluster-`, `programme-`, …). */
    private readonly rowPrefix = '',
  ) {
    super(page);
  }

  async open(): Promise<void> {
    await this.page.goto(`/plattform/${this.path}`);
    await this.expectShown();
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toHaveText(this.title);
    await expect(this.page.locator('table.data')).toBeVisible();
  }

  /**
   * Opens the form dialog and waits until it has put the focus in its first field: Material focuses it once the
   * opening animation ends, and text typed before that would land in whichever field has the focus then.
   */
  protected async openDialog(button: Locator): Promise<void> {
    await button.click();
    await expect(this.dialog.locator('input:focus, textarea:focus, [role="combobox"]:focus')).toHaveCount(1);
  }

  /** The table row of the record with this key (name, code or e-mail). */
  row(key: string): Locator {
    return this.page.getByTestId(`${this.rowPrefix}${key}`);
  }

  /** Types each value into the dialog's field with that test id, in the order given. */
  protected async fill(values: Record<string, string>): Promise<void> {
    for (const [testId, value] of Object.entries(values)) await this.dialog.getByTestId(testId).fill(value);
  }

  protected async choose(select: Locator, option: string | RegExp | 'first'): Promise<void> {
    await select.click();
    const options = this.page.getByRole('option');
    await (option === 'first' ? options.first() : options.filter({ hasText: option }).first()).click();
  }

  protected async save(testId: string): Promise<void> {
    await this.dialog.getByTestId(testId).click();
    await expect(this.dialog).toHaveCount(0);
  }
}

/** /plattform/cluster */
export class PlatformClustersPage extends PlatformRecordPage {
  constructor(page: Page) {
    super(page, 'cluster', 'Cluster', 'cluster-');
  }

  async create(name: string, description: string): Promise<void> {
    await this.openDialog(this.page.getByTestId('add-cluster'));
    await this.fill({ 'cluster-name': name, 'cluster-description': description });
    await this.save('cluster-save');
  }
}

/** /plattform/foerderprogramme */
export class PlatformProgrammesPage extends PlatformRecordPage {
  constructor(page: Page) {
    super(page, 'foerderprogramme', 'Förderprogramme', 'programme-');
  }

  async create(p: { code: string; name: string; funder: string; rate: string; caps: [string, string, string] }) {
    await this.openDialog(this.page.getByTestId('add-programme'));
    await this.fill({
      'programme-code': p.code,
      'programme-funder': p.funder,
      'programme-name': p.name,
      'programme-rate': p.rate,
      'programme-phaseACap': p.caps[0],
      'programme-phaseAMeasuresCap': p.caps[1],
      'programme-phaseBCap': p.caps[2],
    });
    await this.save('programme-save');
  }
}

/** /plattform/modellprojekte */
export class PlatformProjectsPage extends PlatformRecordPage {
  constructor(page: Page) {
    super(page, 'modellprojekte', 'Modellprojekte verwalten', 'project-');
  }

  async create(p: {
    code: string;
    name: string;
    cohort: string;
    cluster: string;
    programme: string | RegExp;
    phaseA: [string, string];
    /** How many of the municipalities below the lead body join as members. */
    memberUnits: number;
  }): Promise<void> {
    await this.openDialog(this.page.getByTestId('add-project'));
    await this.fill({ 'project-code': p.code, 'project-cohort': p.cohort, 'project-name': p.name });
    await this.choose(this.dialog.getByTestId('project-lead-unit'), 'first');
    await this.dialog.getByTestId('project-member-units').click();
    for (let i = 0; i < p.memberUnits; i++) await this.page.getByRole('option').nth(i).click();
    await this.page.keyboard.press('Escape');
    await this.choose(this.dialog.getByTestId('project-cluster'), p.cluster);
    await this.choose(this.dialog.getByTestId('project-programme'), p.programme);
    await this.fill({ 'phase-a-start': p.phaseA[0], 'phase-a-end': p.phaseA[1] });
    await this.save('project-save');
  }

  /** Opens the project's Verwaltung page, where its people are invited. */
  async openMembers(code: string): Promise<void> {
    await this.page.getByTestId(`project-members-${code}`).click();
    await expect(this.page).toHaveURL(new RegExp(`/projekte/${code}/verwaltung$`));
  }
}

/** /plattform/gebiete */
export class PlatformUnitsPage extends PlatformRecordPage {
  constructor(page: Page) {
    super(page, 'gebiete', 'Gebietseinheiten');
  }

  async startCreating(kind: string, name: string, ars: string, ags: string): Promise<void> {
    await this.openDialog(this.page.getByTestId('add-unit'));
    await this.choose(this.dialog.getByTestId('unit-kind'), new RegExp(`^\\s*${kind}\\s*$`));
    await this.fill({ 'unit-name': name, 'unit-ars': ars, 'unit-ags': ags });
    await this.dialog.getByTestId('unit-save').click();
  }
}

/** /plattform/kostenkategorien */
export class PlatformCostCategoriesPage extends PlatformRecordPage {
  constructor(page: Page) {
    super(page, 'kostenkategorien', 'Kostenkategorien');
  }
}

/** /plattform/konten */
export class PlatformAccountsPage extends PlatformRecordPage {
  constructor(page: Page) {
    super(page, 'konten', 'Konten', 'account-');
  }

  async sendPasswordReset(email: string): Promise<void> {
    await this.row(email).getByTestId(`reset-${email}`).click();
    await this.page.getByTestId('confirm-ok').click();
  }
}
