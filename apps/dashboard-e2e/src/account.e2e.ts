import { AccountPage } from './pages/account.page';
import { SignInPage } from './pages/sign-in.page';
import { ACCOUNTS } from './support/accounts';
import { expect, test } from './support/fixtures';
import { saveScreenshot } from './support/screenshots';

const VIEWER = 'query { viewer { user { email } } }';

test('an API token is shown once and signs a script in as its owner', async ({ page, request }) => {
  const shell = await new SignInPage(page).signInAs(ACCOUNTS.adminKl);
  await shell.openAccount();
  const account = new AccountPage(page);
  await account.expectShown();

  const secret = await account.createToken('Export-Skript (E2E)');
  expect(secret).toMatch(/^\S{20,}$/);
  await expect(account.tokenRow('Export-Skript (E2E)')).toBeVisible();
  // The emptied form is ready for the next token, not flagged as wrongly filled in.
  await expect(account.tokenName).toHaveValue('');
  await expect(account.tokenName).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Bitte füllen Sie dieses Feld aus.')).toHaveCount(0);
  await saveScreenshot(page, 'account-token-created');

  // Shown once: after a reload the token is listed, its secret is gone.
  await page.reload();
  await account.expectShown();
  await expect(account.tokenRow('Export-Skript (E2E)')).toBeVisible();
  await expect(account.tokenSecret).toHaveCount(0);
  await expect(page.getByText(secret)).toHaveCount(0);

  // A script without a browser session: the token alone says who it is.
  const withToken = await request.post('/graphql', {
    headers: { authorization: `Bearer ${secret}` },
    data: { query: VIEWER },
  });
  expect(withToken.ok()).toBe(true);
  expect(await withToken.json()).toEqual({ data: { viewer: { user: { email: ACCOUNTS.adminKl.email } } } });

  const withoutToken = await request.post('/graphql', { data: { query: VIEWER } });
  expect(await withoutToken.json()).toEqual({ data: { viewer: null } });
});
