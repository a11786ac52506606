import { expect, Locator, Page } from '@playwright/test';

/** /konto: own password, personal API tokens and the calendar subscription. */
export class AccountPage {
  readonly heading = this.page.getByRole('heading', { level: 1, name: 'Mein Konto' });
  readonly tokenName = this.page.getByLabel('Bezeichnung');
  readonly createTokenButton = this.page.getByRole('button', { name: 'Token erstellen' });
  readonly tokenSecret = this.page.getByTestId('token-secret');
  readonly tokens = this.page.getByRole('table', { name: 'API-Tokens' });
  readonly calendar = this.page.getByRole('region', { name: 'Kalender abonnieren' });
  readonly calendarUrl = this.page.getByTestId('calendar-url');
  readonly calendarStatus = this.page.getByTestId('calendar-status');

  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/konto');
    await this.expectShown();
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.createTokenButton).toBeVisible();
  }

  /** Creates a token and returns its secret, which the page shows this once. */
  async createToken(name: string): Promise<string> {
    await this.tokenName.fill(name);
    await this.createTokenButton.click();
    await expect(this.tokenSecret).toBeVisible();
    return (await this.tokenSecret.innerText()).trim();
  }

  tokenRow(name: string): Locator {
    return this.tokens.getByRole('row').filter({ hasText: name });
  }

  /** Makes (or, confirming, renews) the calendar address and returns it, which the page shows this once. */
  async makeCalendarAddress({ renewing = false } = {}): Promise<string> {
    await this.calendar
      .getByRole('button', { name: renewing ? 'Neue Adresse erstellen' : 'Adresse erstellen' })
      .click();
    if (renewing) await this.page.getByTestId('confirm-ok').click();
    await expect(this.calendarUrl).toBeVisible();
    return (await this.calendarUrl.innerText()).trim();
  }
}
