import { expect, Locator, Page } from '@playwright/test';

/** /barrierefreiheit: the accessibility statement, readable without signing in. */
export class AccessibilityStatementPage {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Erklärung zur Barrierefreiheit' });
  }

  async open(): Promise<void> {
    await this.page.goto('/barrierefreiheit');
    await expect(this.heading).toBeVisible();
  }
}

/** Any address the dashboard does not know. */
export class NotFoundPage {
  readonly heading: Locator;
  readonly homeLink: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' });
    this.homeLink = page.getByRole('link', { name: 'Zur Startseite' });
  }

  async open(path = '/gibt-es-nicht'): Promise<void> {
    await this.page.goto(path);
    await expect(this.heading).toBeVisible();
  }
}
