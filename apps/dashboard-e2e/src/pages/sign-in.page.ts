import { Browser, BrowserContext, expect, Page } from '@playwright/test';
import { DEMO_PASSWORD, DemoAccount } from '../support/accounts';
import { Shell } from './shell';
import { AppPage } from './app-page';

/** /anmelden: e-mail, password, and where to go afterwards. */
export class SignInPage extends AppPage {
  readonly email = this.page.getByTestId('email');
  readonly password = this.page.getByTestId('password');
  readonly submit = this.page.getByTestId('sign-in');
  readonly error = this.page.getByTestId('sign-in-error');

  async open(): Promise<void> {
    await this.page.goto('/anmelden');
    await this.expectShown();
  }

  async expectShown(): Promise<void> {
    await expect(this.page).toHaveURL(/\/anmelden/);
    await expect(this.submit).toBeEnabled();
  }

  async signIn(email: string, password = DEMO_PASSWORD): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
  }

  /** Opens the sign-in page, signs in, and waits for the signed-in frame. */
  async signInAs(account: DemoAccount): Promise<Shell> {
    await this.open();
    return this.signInHereAs(account);
  }

  /** Signs in on the sign-in page already shown (e.g. after a redirect). */
  async signInHereAs(account: DemoAccount): Promise<Shell> {
    await this.signIn(account.email);
    const shell = new Shell(this.page);
    await expect(shell.userMenu).toContainText(account.displayName);
    return shell;
  }
}

/** Another person at the same time, in a browser of their own (a new context), signed in as `account`. */
export async function signInElsewhere(
  browser: Browser,
  account: DemoAccount,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await new SignInPage(page).signInAs(account);
  return { context, page };
}
