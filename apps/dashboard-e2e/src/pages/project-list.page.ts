import { expect, Locator } from '@playwright/test';
import { AppPage } from './app-page';

/** /projekte: the viewer's model projects and their cluster partners as cards. */
export class ProjectListPage extends AppPage {
  readonly cards = this.page.getByTestId('project-card');

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
