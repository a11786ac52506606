import { expect, Locator, Page } from '@playwright/test';

/** /projekte/:code/zeitplan: the measures and milestones of a project on a timeline, or as a table. */
export class RoadmapPage {
  readonly heading: Locator;
  /** "22 von 22 Maßnahmen". */
  readonly count: Locator;
  readonly chart: Locator;
  readonly rows: Locator;
  readonly table: Locator;
  readonly tableToggle: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Zeitplan' });
    this.count = page.getByTestId('roadmap-count');
    this.chart = page.getByTestId('roadmap-chart');
    this.rows = this.chart.getByTestId('roadmap-row');
    this.table = page.getByTestId('roadmap-table');
    this.tableToggle = page.getByTestId('roadmap-table-toggle');
  }

  async open(projectCode: string): Promise<void> {
    await this.page.goto(`/projekte/${projectCode}/zeitplan`);
    await expect(this.heading).toBeVisible();
    await expect(this.rows.first()).toBeVisible();
  }

  /** Switches from the drawing to the table with the same content. */
  async showTable(): Promise<void> {
    await this.tableToggle.click();
    await expect(this.tableToggle).toHaveAttribute('aria-expanded', 'true');
    await expect(this.table).toBeVisible();
    await expect(this.chart).toBeHidden();
  }
}
