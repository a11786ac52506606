import { AdminPage } from './pages/admin.page';
import { InvitationLinkPage, MembersTab, OutboxPage } from './pages/invitation.pages';
import { Shell } from './pages/shell';
import { SignInPage } from './pages/sign-in.page';
import { expectNoAccessibilityViolations } from './support/accessibility';
import { ACCOUNTS } from './support/accounts';
import { expect, test } from './support/fixtures';
import { saveScreenshot } from './support/screenshots';

const NEW_PERSON = {
  email: 'neu.lnz@example.org',
  name: 'Neue Ratsfrau Linz (Demo)',
  password: 'ein-langes-Passwort-2026',
};

test('a project office invites a person, who accepts from the mailed link with a new account', async ({
  page,
  browser,
}) => {
  // The project office of LNZ invites by address; the answer is an invitation, not a member.
  await new SignInPage(page).signInAs(ACCOUNTS.adminLnz);
  const admin = new AdminPage(page);
  await admin.open('LNZ');
  const members = new MembersTab(page);
  await members.invite(NEW_PERSON.email, NEW_PERSON.name, 'Kreistag / Lenkungsgruppe');
  await expect(page.getByText(`Die Einladung an ${NEW_PERSON.email} ist unterwegs.`)).toBeVisible();
  await expect(members.invitation(NEW_PERSON.email).getByTestId('invitation-status')).toHaveText('offen');
  await expect(members.member(NEW_PERSON.email)).toHaveCount(0);
  await expectNoAccessibilityViolations(page);
  await saveScreenshot(page, 'invitation-members-tab');

  // Without SMTP the mail waits in the outbox, which the platform administrator reads.
  const operator = await (await browser.newContext()).newPage();
  const shell = await new SignInPage(operator).signInAs(ACCOUNTS.platform);
  await shell.navLink('Postausgang').click();
  const outbox = new OutboxPage(operator);
  await expect(outbox.heading).toHaveText('Postausgang');
  await expect(operator.getByTestId('outbox-delivery')).toContainText('kein SMTP-Server');
  await expect(outbox.mailTo(NEW_PERSON.email)).toContainText('Einladung zum Modellprojekt');
  await expectNoAccessibilityViolations(operator);
  await saveScreenshot(operator, 'invitation-outbox');
  const link = await outbox.invitationPath(NEW_PERSON.email);

  // The invited person opens the link, creates the account there and lands in the project.
  const invitee = await (await browser.newContext()).newPage();
  const linkPage = new InvitationLinkPage(invitee);
  await linkPage.open(link);
  await expect(linkPage.offer).toContainText('Smarte Region Linz');
  await expect(linkPage.offer).toContainText('Kreistag / Lenkungsgruppe');
  await expect(linkPage.name).toHaveValue(NEW_PERSON.name);
  await expectNoAccessibilityViolations(invitee);
  await saveScreenshot(invitee, 'invitation-link');
  await linkPage.createAccount(NEW_PERSON.name, NEW_PERSON.password);
  await expect(invitee).toHaveURL(/\/projekte\/LNZ$/);
  await expect(new Shell(invitee).userMenu).toContainText(NEW_PERSON.name);

  // The project office sees the new member and the answered invitation.
  await page.reload();
  await expect(members.member(NEW_PERSON.email)).toContainText('Kreistag / Lenkungsgruppe');
  await expect(members.invitation(NEW_PERSON.email).getByTestId('invitation-status')).toHaveText('angenommen');
});

test('a person with an account accepts an invitation in Mein Konto', async ({ page, browser }) => {
  await new SignInPage(page).signInAs(ACCOUNTS.adminKus);
  const admin = new AdminPage(page);
  await admin.open('KUS');
  await new MembersTab(page).invite(ACCOUNTS.editorWnd.email, '', 'Fördermittelgeber');

  const invitee = await (await browser.newContext()).newPage();
  const shell = await new SignInPage(invitee).signInAs(ACCOUNTS.editorWnd);
  await shell.openAccount();
  const invitation = invitee.getByTestId('my-invitation-KUS');
  await expect(invitation).toContainText('LAND L(I)EBEN Kusel');
  await expectNoAccessibilityViolations(invitee);
  await invitation.getByTestId('accept-invitation').click();
  await expect(invitee).toHaveURL(/\/projekte\/KUS$/);
  await expect(shell.navigation).toContainText('LAND L(I)EBEN Kusel');
});
