import { expect, Page } from '@playwright/test';
import { LegalLinksPart } from './legal-links.part';

/** /barrierefreiheit: the accessibility statement, readable without signing in. */
export class AccessibilityStatementPage {
  readonly heading = this.page.getByRole('heading', { level: 1, name: 'Erklärung zur Barrierefreiheit' });
  /** The feedback channel the operator configured (decision 0067). */
  readonly contact = this.page.getByTestId('accessibility-contact');
  readonly legalLinks = new LegalLinksPart(this.page.getByTestId('legal-links'));

  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/barrierefreiheit');
    await expect(this.heading).toBeVisible();
  }
}

/** Any address the dashboard does not know. */
export class NotFoundPage {
  readonly heading = this.page.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' });
  readonly homeLink = this.page.getByRole('link', { name: 'Zur Startseite' });

  constructor(readonly page: Page) {}

  async open(path = '/gibt-es-nicht'): Promise<void> {
    await this.page.goto(path);
    await expect(this.heading).toBeVisible();
  }
}
