import { expect, Locator, Page } from '@playwright/test';
import { AppPage } from './app-page';

/** /benachrichtigungen: the signed-in person's reminders. */
export class NotificationsPage extends AppPage {
  readonly items: Locator;
  readonly unreadItems: Locator;
  readonly unreadOnly: Locator;
  readonly markAllRead: Locator;

  constructor(page: Page) {
    super(page);
    this.items = page.getByTestId('notification');
    this.unreadItems = this.items.filter({ has: page.getByTestId('mark-read') });
    this.unreadOnly = page.getByRole('switch', { name: 'Nur ungelesene' });
    this.markAllRead = page.getByTestId('mark-all-read');
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toHaveText('Benachrichtigungen');
  }
}
