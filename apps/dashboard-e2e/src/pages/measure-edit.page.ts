import { expect, Locator, Page } from '@playwright/test';
import { AppPage } from './app-page';

/**
 * /projekte/:code/massnahmen/:measureCode/bearbeiten: the progress of a measure (status, actual dates, manual values;
 * whoever reports on it) and its plan (the project office). When someone else saved first, a section shows what they
 * changed and offers to re-apply one's own input.
 */
export class MeasureEditPage extends AppPage {
  /** "Sie bearbeiten Version …". */
  readonly versionLine = this.page.locator('mw-page-header .subtitle');
  readonly progressSection = this.page.getByRole('region', { name: 'Stand aktualisieren' });
  readonly planSection = this.page.getByRole('region', { name: 'Planung und Steckbrief' });
  readonly manualProgress = this.progressSection.getByLabel('Fortschritt manuell', { exact: true });
  readonly manualProgressReason = this.progressSection.getByLabel('Begründung für den manuellen Fortschritt', {
    exact: true,
  });
  readonly manualHealth: Locator;
  readonly manualHealthReason = this.progressSection.getByLabel('Begründung für die manuelle Bewertung', {
    exact: true,
  });
  readonly saveProgressButton = this.progressSection.getByTestId('save-progress');
  /** The conflict shown above the progress form after a refused save. */
  readonly progressConflict = this.progressSection.getByTestId('conflict');
  readonly reapplyButton = this.progressConflict.getByTestId('reapply');
  readonly discardButton = this.progressConflict.getByRole('button', { name: 'Meine Änderungen verwerfen' });
  private readonly currentCrumb = this.page
    .getByRole('navigation', { name: 'Brotkrumennavigation' })
    .locator('[aria-current="page"]');

  constructor(page: Page) {
    super(page);
    // A select is named by its label and its current value ("Bewertung berechnet (im Plan)").
    this.manualHealth = this.progressSection.getByRole('combobox', { name: /^Bewertung/ });
  }

  async open(projectCode: string, measureCode: string): Promise<void> {
    await this.page.goto(`/projekte/${projectCode}/massnahmen/${measureCode}/bearbeiten`);
    await this.expectShown();
  }

  async expectShown(): Promise<void> {
    await expect(this.currentCrumb).toHaveText('Bearbeiten');
    await expect(this.heading).toBeVisible();
    await expect(this.progressSection.or(this.planSection).first()).toBeVisible();
  }

  /** Sets the progress by hand, with the reason the API requires. */
  async setManualProgress(percent: number, reason: string): Promise<void> {
    await this.manualProgress.fill(String(percent));
    await this.manualProgressReason.fill(reason);
  }

  /** Sets the health by hand (its German label, e.g. "kritisch"), with a reason. */
  async setManualHealth(label: string, reason: string): Promise<void> {
    // Opened from the keyboard: a pointer click lands on the floating label, which Playwright sees as in the way.
    await this.manualHealth.focus();
    await this.page.keyboard.press('Enter');
    await this.page.getByRole('option', { name: label, exact: true }).click();
    await expect(this.page.getByRole('listbox')).toBeHidden();
    await expect(this.manualHealth).toContainText(label);
    await this.manualHealthReason.fill(reason);
  }

  /** The line of the conflict that names a field the other person changed (by its German label). */
  conflictLine(fieldLabel: string): Locator {
    const escaped = fieldLabel.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.progressConflict.getByRole('listitem').filter({ hasText: new RegExp(`^\\s*${escaped}:`) });
  }
}
