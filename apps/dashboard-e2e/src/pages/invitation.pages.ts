import { expect, Locator, Page } from '@playwright/test';
import { AppPage } from './app-page';

/** Verwaltung → Mitglieder: inviting a person and the list of invitations. */
export class MembersTab {
  readonly inviteButton = this.page.getByTestId('add-member');
  readonly invitations = this.page.getByTestId('invitations-table');
  readonly members = this.page.getByTestId('members-table');
  readonly notice = this.page.getByRole('status').or(this.page.getByRole('alert'));

  constructor(readonly page: Page) {}

  async invite(email: string, name: string, role: string): Promise<void> {
    await this.inviteButton.click();
    const dialog = this.page.getByRole('dialog');
    // Material focuses the first field once the dialog has opened; typing before that could land elsewhere.
    await expect(dialog.locator('input:focus, [role="combobox"]:focus')).toHaveCount(1);
    await dialog.getByTestId('member-email').fill(email);
    await dialog.getByTestId('member-role').click();
    await this.page.getByRole('option', { name: role, exact: true }).click();
    await dialog.getByTestId('member-name').fill(name);
    await dialog.getByTestId('member-save').click();
    await expect(dialog).toHaveCount(0);
  }

  invitation(email: string): Locator {
    return this.invitations.getByTestId(`invitation-${email}`);
  }

  member(email: string): Locator {
    return this.members.getByTestId(`member-${email}`);
  }
}

/** /plattform/postausgang: the mail the installation holds (no SMTP in the demo). */
export class OutboxPage extends AppPage {
  async open(): Promise<void> {
    await this.page.goto('/plattform/postausgang');
    await expect(this.heading).toHaveText('Postausgang');
  }

  mailTo(address: string): Locator {
    return this.page.getByTestId(`mail-${address}`).first();
  }

  /** The path of a link in the newest mail to the address. */
  async linkPath(address: string, pattern: RegExp): Promise<string> {
    const body = await this.mailTo(address).getByTestId('mail-body').innerText();
    const path = pattern.exec(body)?.[0];
    if (!path) throw new Error(`no link like ${pattern} in the mail to ${address}:\n${body}`);
    return path;
  }

  /** The path of the invitation link in the newest mail to the address. */
  invitationPath(address: string): Promise<string> {
    return this.linkPath(address, /\/einladung\/[A-Za-z0-9_-]+/);
  }
}

/** /einladung/<secret>: what the link in the mail opens. */
export class InvitationLinkPage {
  readonly offer = this.page.getByTestId('invitation-offer');
  /** The name for the new account, filled in with the one the invitation gave. */
  readonly name = this.page.getByTestId('invitation-name');

  constructor(readonly page: Page) {}

  async open(path: string): Promise<void> {
    await this.page.goto(path);
    await expect(this.offer).toBeVisible();
  }

  async createAccount(name: string, password: string): Promise<void> {
    await this.name.fill(name);
    await this.page.getByTestId('invitation-password').fill(password);
    await this.page.getByTestId('invitation-repeat').fill(password);
    await this.page.getByTestId('invitation-create').click();
  }
}

/** /passwort-zuruecksetzen/<secret>: setting a new password with the link a platform administrator sent. */
export class PasswordResetPage {
  readonly done = this.page.getByTestId('password-reset-done');

  constructor(readonly page: Page) {}

  async open(path: string): Promise<void> {
    await this.page.goto(path);
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Neues Passwort');
  }

  async setPassword(password: string): Promise<void> {
    await this.page.getByTestId('password-reset-password').fill(password);
    await this.page.getByTestId('password-reset-repeat').fill(password);
    await this.page.getByTestId('password-reset-save').click();
  }
}
