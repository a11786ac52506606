import { expect, Page } from '@playwright/test';

/** /projekte/:code/zeitplan: the measures and milestones of a project on a timeline, or as a table. */
export class RoadmapPage {
  readonly heading = this.page.getByRole('heading', { level: 1, name: 'Zeitplan' });
  /** "22 von 22 Maßnahmen". */
  readonly count = this.page.getByTestId('roadmap-count');
  readonly chart = this.page.getByTestId('roadmap-chart');
  readonly rows = this.chart.getByTestId('roadmap-row');
  readonly table = this.page.getByTestId('roadmap-table');
  readonly tableToggle = this.page.getByTestId('roadmap-table-toggle');

  constructor(readonly page: Page) {}

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
