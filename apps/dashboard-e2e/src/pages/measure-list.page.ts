import { expect, Response } from '@playwright/test';
import { AppPage } from './app-page';

/** The measure lists: a project's agenda, all measures, "Meine Maßnahmen". Filters, sorting and page live in the URL. */
export class MeasureListPage extends AppPage {
  readonly search = this.page.getByTestId('search');
  readonly statusFilter = this.page.getByTestId('filter-status');
  readonly healthFilter = this.page.getByTestId('filter-health');
  readonly resultCount = this.page.getByTestId('result-count');
  readonly table = this.page.getByTestId('measure-table');
  readonly rows = this.table.locator('tbody tr');
  readonly nextPageButton = this.page.getByTestId('next-page');
  readonly firstPageButton = this.page.getByRole('button', { name: 'Erste Seite' });

  async openProject(projectCode: string): Promise<void> {
    await this.openUrl(`/projekte/${projectCode}/massnahmen`);
  }

  async openAll(): Promise<void> {
    await this.openUrl('/massnahmen');
  }

  async openMine(): Promise<void> {
    await this.openUrl('/massnahmen/meine');
  }

  async openUrl(url: string): Promise<void> {
    await this.page.goto(url);
    await this.expectLoaded();
  }

  async expectLoaded(): Promise<void> {
    await expect(this.resultCount).toBeVisible();
    await expect(this.rows.first()).toBeVisible();
  }

  /** The number in "22 Maßnahmen". */
  async count(): Promise<number> {
    const text = await this.resultCount.innerText();
    const match = text.match(/\d+/);
    if (!match) throw new Error(`No count in "${text}"`);
    return Number(match[0]);
  }

  /** The measure codes in the order shown. */
  async codes(): Promise<string[]> {
    return (await this.rows.locator('td.code').allInnerTexts()).map((c) => c.trim());
  }

  /** Searches (the list reloads when the field is committed with Enter) and waits for the new result. */
  async searchFor(text: string): Promise<number> {
    return this.afterReload(async () => {
      await this.search.fill(text);
      await this.search.press('Enter');
    });
  }

  /** Picks statuses by their German labels in the multiple choice and waits for the result of the last pick. */
  async filterByStatus(...labels: string[]): Promise<number> {
    // Opened from the keyboard: a pointer click lands on the floating label, which Playwright sees as in the way.
    await this.statusFilter.focus();
    await this.page.keyboard.press('Enter');
    let total = -1;
    for (const label of labels) {
      total = await this.afterReload(() => this.page.getByRole('option', { name: label, exact: true }).click());
    }
    await this.page.keyboard.press('Escape');
    await expect(this.page.getByRole('listbox')).toBeHidden();
    return total;
  }

  async nextPage(): Promise<number> {
    return this.afterReload(() => this.nextPageButton.click());
  }

  /**
   * Runs the action and waits for the list query it causes to be answered and shown (the list keeps the old result
   * on screen, marked aria-busy, until then). Returns the new total.
   */
  private async afterReload(action: () => Promise<void>): Promise<number> {
    const answered = this.page.waitForResponse(isMeasureListQuery);
    await action();
    await answered;
    await expect(this.resultCount).toHaveAttribute('aria-busy', 'false');
    return this.count();
  }
}

function isMeasureListQuery(response: Response): boolean {
  const request = response.request();
  return request.url().endsWith('/graphql') && (request.postData() ?? '').includes('query MeasureList');
}
