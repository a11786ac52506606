import { expect, Locator, Page } from '@playwright/test';

/** The frame around every signed-in page: skip link, top bar with language and user menu, navigation, main. */
export class Shell {
  readonly skipLink = this.page.locator('a.skip-link');
  readonly banner = this.page.getByRole('banner');
  readonly navigation = this.page.locator('mat-sidenav[role="navigation"]');
  readonly main = this.page.locator('main#main');
  readonly userMenu = this.page.getByTestId('user-menu');
  readonly languageToggle = this.banner.getByRole('button', { name: /^(English|Deutsch)$/ });
  /** The bell: the number of unread notifications in its name, leading to the list. */
  readonly bell = this.page.getByTestId('notification-bell');
  /** Opens the navigation on narrow screens, where it is a drawer. */
  readonly menuButton = this.banner.getByRole('button', { name: 'Menü öffnen' });

  constructor(readonly page: Page) {}

  navLink(name: string | RegExp): Locator {
    return this.navigation.getByRole('link', { name });
  }

  async switchLanguage(): Promise<void> {
    await this.languageToggle.click();
  }

  /**
   * Switches the language of a signed-in person and waits until the account keeps it (decision 0061): later sign-ins
   * of the account in new browsers start in that language, so a test that switches switches back this way.
   */
  async switchLanguageKept(): Promise<void> {
    const kept = this.page.waitForResponse(
      (r) => r.url().endsWith('/graphql') && !!r.request().postData()?.includes('SetMyLanguage'),
    );
    await this.languageToggle.click();
    await kept;
  }

  async openAccount(): Promise<void> {
    await this.userMenu.click();
    await this.page.getByRole('menuitem', { name: /Mein Konto|My account/ }).click();
    await expect(this.page).toHaveURL(/\/konto$/);
  }

  async signOut(): Promise<void> {
    await this.userMenu.click();
    await this.page.getByTestId('sign-out').click();
    await expect(this.page).toHaveURL(/\/anmelden/);
  }
}
