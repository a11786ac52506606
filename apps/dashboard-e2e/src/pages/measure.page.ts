import { expect, Locator, Page } from '@playwright/test';

export type TrafficLight = 'GREEN' | 'YELLOW' | 'RED';

export interface StatusReportInput {
  trafficLight: TrafficLight;
  progress: number;
  achieved: string;
}

/** /projekte/:code/massnahmen/:measureCode: one measure with its milestones, status reports and history. */
export class MeasurePage {
  readonly heading: Locator;
  readonly statusLine: Locator;
  readonly freshness: Locator;
  /** "kritisch, weil …": why the computed health is what it is. */
  readonly healthReason: Locator;
  /** Where the progress comes from: "laut Statusbericht vom …", "aus gewichteten Meilensteinen". */
  readonly progressSource: Locator;
  readonly newReportButton: Locator;
  readonly reportForm: Locator;
  readonly notice: Locator;
  readonly reports: Locator;
  readonly milestones: Locator;
  readonly milestoneEditButtons: Locator;
  readonly budget: Locator;
  readonly expenditureForm: Locator;
  readonly expenditures: Locator;
  /** Shown instead of the measure when it cannot be loaded (also when the viewer may not see it). */
  readonly loadError: Locator;
  private readonly currentCrumb: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.statusLine = page.getByRole('region', { name: 'Stand der Maßnahme' });
    this.freshness = this.statusLine.locator('mw-freshness-badge');
    this.healthReason = this.statusLine.getByTestId('health-reason');
    this.progressSource = this.statusLine.getByTestId('progress-source');
    this.newReportButton = page.getByTestId('new-report');
    this.reportForm = page.getByTestId('status-report-form');
    this.notice = page.locator('p.notice[role="status"]');
    this.reports = page.getByTestId('reports').locator(':scope > li');
    this.milestones = page.getByTestId('milestones');
    this.milestoneEditButtons = this.milestones.getByRole('button', { name: /^Prognose oder Erreichen von/ });
    this.budget = page.getByTestId('budget');
    this.expenditureForm = page.getByTestId('expenditure-form');
    this.expenditures = page.getByTestId('expenditures');
    this.loadError = page.getByRole('alert').filter({ hasText: 'Die Daten konnten nicht geladen werden.' });
    this.currentCrumb = page.getByRole('navigation', { name: 'Brotkrumennavigation' }).locator('[aria-current="page"]');
  }

  async open(projectCode: string, measureCode: string): Promise<void> {
    await this.page.goto(`/projekte/${projectCode}/massnahmen/${measureCode}`);
    await this.expectShown(measureCode);
  }

  async expectShown(measureCode: string): Promise<void> {
    await expect(this.currentCrumb).toHaveText(measureCode);
    await expect(this.heading).toBeVisible();
    await expect(this.statusLine).toBeVisible();
  }

  async openReportForm(): Promise<void> {
    await this.newReportButton.click();
    await expect(this.reportForm).toBeVisible();
  }

  async fileReport(report: StatusReportInput): Promise<void> {
    await this.openReportForm();
    await this.reportForm.getByTestId(`light-${report.trafficLight}`).getByRole('radio').check();
    await this.reportForm.getByTestId('report-progress').fill(String(report.progress));
    await this.reportForm.getByTestId('report-achieved').fill(report.achieved);
    await this.reportForm.getByTestId('save-report').click();
    await expect(this.notice).toHaveText('Der Statusbericht wurde gespeichert.');
    await expect(this.reportForm).toBeHidden();
  }

  /** Opens the expenditure form and fills it in, the cost category by keyboard; does not save. */
  async fillExpenditure(expenditure: { spentOn: string; amount: string; description: string }): Promise<void> {
    if (!(await this.expenditureForm.isVisible())) await this.budget.getByTestId('new-expenditure').click();
    const category = this.expenditureForm.getByTestId('expenditure-category');
    await category.focus();
    await this.page.keyboard.press('Enter');
    await this.page.getByRole('option').first().press('Enter');
    await this.expenditureForm.getByTestId('expenditure-date').fill(expenditure.spentOn);
    await this.expenditureForm.getByTestId('expenditure-amount').fill(expenditure.amount);
    await this.expenditureForm.getByTestId('expenditure-description').fill(expenditure.description);
  }

  expenditureRow(description: string): Locator {
    return this.expenditures.getByRole('row').filter({ hasText: description });
  }

  milestoneRow(title: string): Locator {
    return this.milestones.getByRole('row').filter({ has: this.page.getByRole('cell', { name: title }) });
  }

  /** Titles of the milestones not reached yet (their "Erreicht am" cell is empty). */
  async openMilestoneTitles(): Promise<string[]> {
    return this.milestones
      .locator('tbody tr')
      .evaluateAll((rows) =>
        (rows as HTMLTableRowElement[])
          .filter((row) => row.cells[3]?.textContent?.trim() === '–')
          .map((row) => row.cells[0]?.firstChild?.textContent?.trim() ?? ''),
      );
  }

  async openMilestoneForm(title: string): Promise<void> {
    await this.milestones.getByRole('button', { name: `Prognose oder Erreichen von „${title}“ eintragen` }).click();
    await expect(this.milestones.getByTestId('save-milestone')).toBeVisible();
  }

  async setMilestoneCompleted(title: string, isoDate: string): Promise<void> {
    await this.milestones.getByRole('button', { name: `Prognose oder Erreichen von „${title}“ eintragen` }).click();
    await this.milestones.getByTestId('milestone-completed').fill(isoDate);
    await this.milestones.getByTestId('save-milestone').click();
    await expect(this.notice).toHaveText(`Meilenstein „${title}“ gespeichert.`);
  }
}
