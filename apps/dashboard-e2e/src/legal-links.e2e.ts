import { LegalLinksPart } from './pages/legal-links.part';
import { AccessibilityStatementPage } from './pages/public.pages';
import { SignInPage } from './pages/sign-in.page';
import { ACCOUNTS } from './support/accounts';
import { expectNoAccessibilityViolations } from './support/accessibility';
import { expect, test } from './support/fixtures';
import { saveScreenshot } from './support/screenshots';

/* Imprint, privacy policy and the accessibility feedback channel of the installation (decision 0067); the server of
   these tests configures all four (playwright.config.ts). */

test('the sign-in page links the imprint, the privacy policy and the accessibility statement', async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.open();
  await new LegalLinksPart(page.getByTestId('legal-links')).expectConfigured();
  await saveScreenshot(page, 'legal-links-sign-in');
  await expectNoAccessibilityViolations(page);
});

test('the signed-in navigation links them too', async ({ page }) => {
  const shell = await new SignInPage(page).signInAs(ACCOUNTS.adminEif);
  await new LegalLinksPart(shell.navigation.getByTestId('legal-links')).expectConfigured();
  await expectNoAccessibilityViolations(page);
});

test('the accessibility statement names the configured feedback channel, in German and English', async ({ page }) => {
  const statement = new AccessibilityStatementPage(page);
  await statement.open();
  await expect(statement.contact.getByRole('link', { name: 'barrierefreiheit@example.org' })).toHaveAttribute(
    'href',
    'mailto:barrierefreiheit@example.org',
  );
  await expect(statement.contact.getByRole('link', { name: 'über das Kontaktformular' })).toHaveAttribute(
    'href',
    'https://www.example.org/kontakt-barrierefreiheit',
  );
  await expect(page.getByTestId('accessibility-contact-missing')).toHaveCount(0);
  await statement.legalLinks.expectConfigured();
  await saveScreenshot(page, 'legal-links-accessibility-statement');
  await expectNoAccessibilityViolations(page);

  // The statement has no language switch of its own: the sign-in page's is remembered by the browser.
  await new SignInPage(page).open();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('link', { name: 'Accessibility' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Accessibility statement' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Legal notice' })).toHaveAttribute(
    'href',
    'https://www.example.org/impressum',
  );
  await expect(page.getByRole('link', { name: 'using the contact form' })).toBeVisible();
  await expectNoAccessibilityViolations(page);
});
