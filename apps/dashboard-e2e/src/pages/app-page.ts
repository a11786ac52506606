import { Page } from '@playwright/test';

/** What every page object of a whole page has: the page, and its one level-1 heading. */
export abstract class AppPage {
  readonly heading = this.page.getByRole('heading', { level: 1 });

  constructor(readonly page: Page) {}
}
