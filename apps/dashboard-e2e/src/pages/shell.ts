import { expect, Locator, Page } from '@playwright/test';

/** The frame around every signed-in page: skip link, top bar with language and user menu, navigation, main. */
export class Shell {
  readonly skipLink: Locator;
  readonly banner: Locator;
  readonly navigation: Locator;
  readonly main: Locator;
  readonly userMenu: Locator;
  readonly languageToggle: Locator;
  /** The bell: the number of unread notifications in its name, leading to the list. */
  readonly bell: Locator;
  /** Opens the navigation on narrow screens, where it is a drawer. */
  readonly menuButton: Locator;

  constructor(readonly page: Page) {
    this.skipLink = page.locator('a.skip-link');
    this.banner = page.getByRole('banner');
    this.navigation = page.locator('mat-sidenav[role="navigation"]');
    this.main = page.locator('main#main');
    this.userMenu = page.getByTestId('user-menu');
    this.languageToggle = this.banner.getByRole('button', { name: /^(English|Deutsch)$/ });
    this.menuButton = this.banner.getByRole('button', { name: 'Menü öffnen' });
    this.bell = page.getByTestId('notification-bell');
  }

  navLink(name: string | RegExp): Locator {
    return this.navigation.getByRole('link', { name });
  }

  async switchLanguage(): Promise<void> {
    await this.languageToggle.click();
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
