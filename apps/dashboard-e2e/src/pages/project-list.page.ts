import { expect, Locator, Page } from '@playwright/test';

/** /projekte: the viewer's model projects and their cluster partners as cards. */
export class ProjectListPage {
  readonly heading: Locator;
  readonly cards: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.cards = page.getByTestId('project-card');
  }

  async open(): Promise<void> {
    await this.page.goto('/projekte');
    await this.expectShown();
  }

  async expectShown(): Promise<void> {
    await expect(this.page).toHaveURL(/\/projekte$/);
    await expect(this.cards.first()).toBeVisible();
  }

  /** The card of a project, found by its name. */
  card(projectName: string): Locator {
    return this.cards.filter({ has: this.page.getByRole('heading', { name: projectName }) });
  }
}
