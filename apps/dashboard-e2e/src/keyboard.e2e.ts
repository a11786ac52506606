import { ProjectListPage } from './pages/project-list.page';
import { SignInPage } from './pages/sign-in.page';
import { ACCOUNTS } from './support/accounts';
import { expect, test } from './support/fixtures';
import { saveScreenshot } from './support/screenshots';

test('the skip link comes first and moves the focus to the main content', async ({ page }) => {
  const shell = await new SignInPage(page).signInAs(ACCOUNTS.adminWnd);
  // A fresh load, so the focus starts at the top of the document.
  await new ProjectListPage(page).open();

  await page.keyboard.press('Tab');
  await expect(shell.skipLink).toBeFocused();
  await expect(shell.skipLink).toHaveText('Zum Inhalt springen');
  await expect(shell.skipLink).toBeInViewport();
  await saveScreenshot(page, 'keyboard-skip-link');

  await page.keyboard.press('Enter');
  await expect(shell.main).toBeFocused();
  // The next Tab continues inside the main content, not in the top bar or the navigation.
  await page.keyboard.press('Tab');
  await expect(shell.main.locator(':focus')).toHaveCount(1);
});
