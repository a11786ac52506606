import { FundingPage } from './pages/funding.page';
import { Shell } from './pages/shell';
import { SignInPage } from './pages/sign-in.page';
import { ACCOUNTS } from './support/accounts';
import { expect, test } from './support/fixtures';
import { expectNoAccessibilityViolations } from './support/accessibility';
import { saveScreenshot } from './support/screenshots';

test('the project office records a call-off typed the German way, and warnings follow the language', async ({
  page,
}) => {
  await new SignInPage(page).signInAs(ACCOUNTS.adminEif);
  const funding = new FundingPage(page);
  await funding.open('EIF');
  const callOffs = page.getByTestId('call-offs');

  await page.getByTestId('new-call-off').click();
  const form = page.locator('form.inline-form');
  await form.getByRole('combobox').focus();
  await page.keyboard.press('Enter');
  await page.getByRole('option').first().press('Enter');
  await form.getByLabel('Abgerufen am').fill('20.11.2026');
  await form.getByLabel('Zeitraum von').fill('1.10.2026');
  await form.getByLabel('Zeitraum bis').fill('31.10.26');

  // "12,345" could be twelve thousand or twelve euros: refused with a hint, and the form keeps what was typed.
  const amount = form.getByTestId('calloff-amount');
  await amount.fill('12,345');
  await form.getByRole('button', { name: 'Abruf speichern' }).click();
  await expect(form).toContainText('Bitte einen Betrag wie 1.500,00 eingeben.');
  await expect(amount).toHaveValue('12,345');

  await amount.fill('12.345,67');
  await form.getByRole('button', { name: 'Abruf speichern' }).click();
  await expect(page.getByText('Der Mittelabruf wurde gespeichert.')).toBeVisible();
  await expect(callOffs).toContainText(/12\.345,67\s€/);
  await saveScreenshot(page, 'call-off-recorded');

  // In English the amounts and the warnings are English; no German server wording is left.
  const shell = new Shell(page);
  await shell.switchLanguageKept();
  await expect(callOffs).toContainText('€12,345.67');
  const warnings = page.getByTestId('funding-warnings').getByRole('listitem');
  // the demo data has warnings on EIF (more called off than spent in phase A, a category overspent)
  await expect(warnings.first()).toContainText(/more (funds were called off|was spent)/);
  for (const text of await warnings.allInnerTexts()) {
    expect(text).not.toMatch(/übersteig|fällig|abgerufen|ausgegeben|Kostenart/);
  }
  // back to German, which the account keeps for the suite's later sign-ins
  await shell.switchLanguageKept();
});

test('the project office plans a call-off and marks it requested when it is', async ({ page }) => {
  await new SignInPage(page).signInAs(ACCOUNTS.adminEif);
  const funding = new FundingPage(page);
  await funding.open('EIF');

  await page.getByTestId('new-call-off').click();
  const form = page.locator('form.inline-form');
  await form.getByRole('combobox').focus();
  await page.keyboard.press('Enter');
  await page.getByRole('option').first().press('Enter');
  // only planned: the date is the day it is to be requested
  await form.getByTestId('calloff-planned').getByRole('checkbox').check();
  await form.getByLabel('Zu stellen am').fill('15.12.2026');
  await form.getByLabel('Zeitraum von').fill('1.7.2026');
  await form.getByLabel('Zeitraum bis').fill('31.12.2026');
  await form.getByTestId('calloff-amount').fill('7.777,77');
  await expectNoAccessibilityViolations(page);
  await form.getByRole('button', { name: 'Abruf speichern' }).click();
  await expect(page.getByText('Der Mittelabruf wurde gespeichert.')).toBeVisible();

  const planned = page
    .getByTestId('call-offs')
    .getByRole('row')
    .filter({ hasText: /7\.777,77\s€/ });
  await expect(planned).toContainText('geplant (Entwurf)');
  await expect(planned).toContainText('15.12.2026');
  await saveScreenshot(page, 'call-off-planned');

  await planned.getByRole('button', { name: 'als gestellt vermerken' }).click();
  await expect(page.getByText('Der Mittelabruf ist als heute gestellt vermerkt.')).toBeVisible();
  await expect(planned).toContainText('eingereicht');
  await expect(planned.getByRole('button', { name: 'als gestellt vermerken' })).toHaveCount(0);
});
