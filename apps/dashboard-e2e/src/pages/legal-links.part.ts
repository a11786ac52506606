import { expect, Locator } from '@playwright/test';

/** Impressum, Datenschutz, Barrierefreiheit: on the sign-in pages, in the navigation, on the statement (0067). */
export class LegalLinksPart {
  readonly imprint = this.root.getByRole('link', { name: 'Impressum' });
  readonly privacy = this.root.getByRole('link', { name: 'Datenschutz' });
  readonly accessibility = this.root.getByRole('link', { name: 'Barrierefreiheit' });

  constructor(readonly root: Locator) {}

  /** The links as the end-to-end server configures them (playwright.config.ts). */
  async expectConfigured(): Promise<void> {
    await expect(this.imprint).toHaveAttribute('href', 'https://www.example.org/impressum');
    await expect(this.privacy).toHaveAttribute('href', '/datenschutz');
    await expect(this.accessibility).toHaveAttribute('href', '/barrierefreiheit');
  }
}
