import { expect, Page } from '@playwright/test';
import { AdminPage } from './admin.page';

/** Verwaltung → Maßnahmen: the form that creates a measure and opens its edit page. */
export class NewMeasureForm {
  readonly form = this.page.getByTestId('new-measure-form');

  constructor(readonly page: Page) {}

  async open(projectCode: string): Promise<void> {
    const admin = new AdminPage(this.page);
    await admin.open(projectCode);
    await admin.openTab('measures');
    await expect(this.form).toBeVisible();
  }

  /** Creates the measure with the first field of action and goal offered; returns its code from the edit page. */
  async create(m: { title: string; start: string; end: string }): Promise<string> {
    await this.form.getByTestId('measure-title').fill(m.title);
    await this.pickFirst('measure-fields');
    await this.pickFirst('measure-goals');
    await this.form.getByTestId('measure-start').fill(m.start);
    await this.form.getByTestId('measure-end').fill(m.end);
    await this.form.getByTestId('create-measure').click();
    await this.page.waitForURL(/\/massnahmen\/[A-Z0-9]+-M\d+\/bearbeiten$/);
    return /massnahmen\/([^/]+)\/bearbeiten/.exec(this.page.url())?.[1] ?? '';
  }

  /** Opens a multiple select by keyboard, picks its first option, and closes it again. */
  private async pickFirst(testId: string): Promise<void> {
    await this.form.getByTestId(testId).focus();
    await this.page.keyboard.press('Enter');
    await this.page.getByRole('option').first().press('Enter');
    await this.page.keyboard.press('Escape');
    await expect(this.page.getByRole('listbox')).toBeHidden();
  }
}
