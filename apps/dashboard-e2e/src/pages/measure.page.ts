import { expect, Locator } from '@playwright/test';
import { AppPage } from './app-page';
import { AttachmentsPart } from './attachments.part';

export type TrafficLight = 'GREEN' | 'YELLOW' | 'RED';

export interface StatusReportInput {
  trafficLight: TrafficLight;
  progress: number;
  achieved: string;
}

/** /projekte/:code/massnahmen/:measureCode: one measure with its milestones, status reports and history. */
export class MeasurePage extends AppPage {
  readonly statusLine = this.page.getByRole('region', { name: 'Stand der Maßnahme' });
  readonly freshness = this.statusLine.locator('mw-freshness-badge');
  /** "kritisch, weil …": why the computed health is what it is. */
  readonly healthReason = this.statusLine.getByTestId('health-reason');
  /** Where the progress comes from: "laut Statusbericht vom …", "aus gewichteten Meilensteinen". */
  readonly progressSource = this.statusLine.getByTestId('progress-source');
  readonly newReportButton = this.page.getByTestId('new-report');
  readonly reportForm = this.page.getByTestId('status-report-form');
  readonly notice = this.page.locator('p.notice[role="status"]');
  readonly reports = this.page.getByTestId('reports').locator(':scope > li');
  readonly milestones = this.page.getByTestId('milestones');
  readonly milestoneEditButtons = this.milestones.getByRole('button', { name: /^Prognose oder Erreichen von/ });
  readonly budget = this.page.getByTestId('budget');
  readonly expenditureForm = this.page.getByTestId('expenditure-form');
  readonly expenditures = this.page.getByTestId('expenditures');
  /** Shown instead of the measure when it cannot be loaded (also when the viewer may not see it). */
  readonly loadError = this.page.getByRole('alert').filter({ hasText: 'Die Daten konnten nicht geladen werden.' });
  /** The project office's form for a milestone's plan (add or change). */
  readonly milestonePlanForm = this.page.getByTestId('milestone-plan-form');
  readonly indicators = this.page.getByTestId('indicators');
  private readonly currentCrumb = this.page
    .getByRole('navigation', { name: 'Brotkrumennavigation' })
    .locator('[aria-current="page"]');

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

  /** The receipts (documents) of an expenditure of the budget section. */
  expenditureDocuments(description: string): AttachmentsPart {
    return new AttachmentsPart(this.page, this.expenditureRow(description).getByTestId('attachments'));
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

  /**
   * Opens the first of `candidates` (measure codes of the project) that has a milestone not reached yet, and answers
   * its code and the title of that milestone; both empty when none has one.
   */
  async openFirstWithOpenMilestone(
    projectCode: string,
    candidates: string[],
  ): Promise<{ code: string; title: string }> {
    for (const code of candidates) {
      await this.open(projectCode, code);
      const [title] = await this.openMilestoneTitles();
      if (title) return { code, title };
    }
    return { code: '', title: '' };
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

  /** Adds a milestone as the project office (dates typed the German way, e.g. 30.06.2026). */
  async addMilestone(m: { title: string; baseline: string; weight: number }): Promise<void> {
    await this.page.getByTestId('add-milestone').click();
    await this.milestonePlanForm.getByTestId('milestone-title').fill(m.title);
    await this.milestonePlanForm.getByTestId('milestone-baseline').fill(m.baseline);
    await this.milestonePlanForm.getByTestId('milestone-weight').fill(String(m.weight));
    await this.milestonePlanForm.getByTestId('save-milestone-plan').click();
    await expect(this.notice).toHaveText(`Meilenstein „${m.title}“ gespeichert.`);
    await expect(this.milestonePlanForm).toBeHidden();
    await expect(this.milestones.locator(`tr[data-milestone="${m.title}"]`)).toBeVisible();
  }

  /** The milestones' titles in the order shown. */
  milestoneTitles(): Promise<string[]> {
    return this.milestones
      .locator('tbody tr[data-milestone]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-milestone') ?? ''));
  }

  /** Deletes a milestone through its confirmation, which must say what goes with it; returns the dialog's text. */
  async deleteMilestone(title: string): Promise<string> {
    await this.milestones.getByRole('button', { name: `„${title}“ löschen` }).click();
    const dialog = this.page.getByRole('dialog');
    await expect(dialog).toContainText(`„${title}“ löschen?`);
    const text = (await dialog.textContent()) ?? '';
    await dialog.getByTestId('confirm-ok').click();
    await expect(this.notice).toHaveText(`Meilenstein „${title}“ gelöscht.`);
    await expect(this.milestones.locator(`tr[data-milestone="${title}"]`)).toHaveCount(0);
    return text;
  }

  async moveMilestoneUp(title: string): Promise<void> {
    await this.milestones.getByRole('button', { name: `„${title}“ nach oben verschieben` }).click();
    await expect(this.notice).toHaveText(`„${title}“ steht jetzt weiter oben.`);
  }

  /** Sets the planned amount of a cost category in a year, as typed (e.g. "12.500"). */
  async setPlanCell(category: string, year: number, amount: string): Promise<void> {
    await this.budget.getByRole('button', { name: `Planwert ${category} ${year} ändern` }).click();
    await this.budget.getByTestId('plan-cell-input').fill(amount);
    await this.budget.getByTestId('plan-cell-input').press('Enter');
    await expect(this.budget.getByRole('status')).toHaveText('Der Planwert wurde gespeichert.');
  }

  /** Adds a row for a cost category to the cost plan, chosen by keyboard. */
  async addPlanCategory(category: string): Promise<void> {
    await this.budget.getByTestId('plan-category-select').focus();
    await this.page.keyboard.press('Enter');
    await this.page.getByRole('option', { name: category, exact: true }).press('Enter');
    await this.budget.getByTestId('add-plan-category').click();
    await expect(this.budget.getByRole('status')).toContainText(`Zeile „${category}“ hinzugefügt`);
  }

  async addIndicator(i: { name: string; unit: string; baseline: string; target: string; targetDate: string }) {
    await this.indicators.getByTestId('add-indicator').click();
    const form = this.indicators.getByTestId('indicator-form');
    await form.getByTestId('indicator-name').fill(i.name);
    await form.getByTestId('indicator-unit').fill(i.unit);
    await form.getByTestId('indicator-baseline').fill(i.baseline);
    await form.getByTestId('indicator-target').fill(i.target);
    await form.getByTestId('indicator-target-date').fill(i.targetDate);
    await form.getByTestId('save-indicator').click();
    await expect(this.notice).toHaveText(`Indikator „${i.name}“ gespeichert.`);
  }

  indicator(name: string): Locator {
    return this.indicators.locator(`article[data-indicator="${name}"]`);
  }

  async recordIndicatorValue(name: string, value: { date: string; value: string }): Promise<void> {
    const indicator = this.indicator(name);
    await indicator.getByTestId('record-indicator-value').click();
    await indicator.getByTestId('indicator-value-date').fill(value.date);
    await indicator.getByTestId('indicator-value').fill(value.value);
    await indicator.getByTestId('save-indicator-value').click();
    await expect(this.notice).toHaveText(`Messwert für „${name}“ gespeichert.`);
  }

  /** Corrects the progress of the newest report, as its author. */
  async correctNewestReport(progress: number): Promise<void> {
    await this.reports.first().getByTestId('correct-report').click();
    const form = this.reports.first().getByTestId('status-report-form');
    await form.getByTestId('report-progress').fill(String(progress));
    await form.getByTestId('save-report').click();
    await expect(this.notice).toHaveText('Der Statusbericht wurde korrigiert.');
  }
}
