import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { FormGroupDirective, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { GraphqlClient, injectProblemOf, SessionStore } from '@masswerk/dashboard/shared/data-access';
import {
  ApiTokensDocument,
  ApiTokensQuery,
  ChangePasswordDocument,
  CreateApiTokenDocument,
  RevokeApiTokenDocument,
} from './account.generated';
import { TableHead, PageHeader } from '@masswerk/dashboard/shared/ui';
import { MwDateTimePipe, DateInputDirective } from '@masswerk/dashboard/shared/util';
import { passwordForm, tokenForm, toTokenInput } from './account.form';
import {
  AcceptInvitationDocument,
  DeclineInvitationDocument,
  MyInvitationsDocument,
  MyInvitationsQuery,
} from './invitation.generated';
import { Router } from '@angular/router';
import { MwDatePipe } from '@masswerk/dashboard/shared/util';
import { CalendarFeedSection } from './calendar-feed.section';
import { LanguageSection } from './language.section';
import { ReminderSettingsSection } from './reminder-settings.section';

/**
 * The own account: password, API tokens for scripts, the language, which reminders one gets, the calendar
 * subscription.
 */
@Component({
  selector: 'mw-account-page',
  imports: [
    TableHead,
    DateInputDirective,
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    MatIconModule,
    TranslocoPipe,
    PageHeader,
    MwDateTimePipe,
    MwDatePipe,
    CalendarFeedSection,
    LanguageSection,
    ReminderSettingsSection,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './account.page.html',
  styles: `
    .forms {
      display: grid;
      gap: 2rem;
      grid-template-columns: repeat(auto-fit, minmax(min(340px, 100%), 1fr));
      align-items: start;
    }
    form {
      display: flex;
      flex-direction: column;
      gap: 0.75rem;
    }
    .message {
      padding: 0.75rem;
      margin: 0;
    }
    .invitations {
      list-style: none;
      padding: 0;
      margin: 0;
      display: grid;
      gap: 1rem;
    }
    .actions {
      display: flex;
      gap: 0.5rem;
      margin-top: 0.5rem;
      flex-wrap: wrap;
    }
  `,
})
export class AccountPage implements OnInit {
  private readonly client = inject(GraphqlClient);
  private readonly problemOf = injectProblemOf();
  protected readonly session = inject(SessionStore);
  protected readonly tokens = signal<ApiTokensQuery['apiTokens']>([]);
  protected readonly passwordMessage = signal<{ ok: boolean; text: string } | null>(null);
  protected readonly tokenMessage = signal<{ ok: boolean; text: string } | null>(null);
  protected readonly newSecret = signal<string | null>(null);
  protected readonly invitations = signal<MyInvitationsQuery['myInvitations']>([]);
  protected readonly invitationMessage = signal<{ ok: boolean; text: string } | null>(null);
  private readonly router = inject(Router);

  protected readonly passwordForm = passwordForm();
  protected readonly tokenForm = tokenForm();

  ngOnInit(): void {
    void this.loadTokens();
    void this.loadInvitations();
  }

  protected async accept(invitation: MyInvitationsQuery['myInvitations'][number]): Promise<void> {
    try {
      await this.client.run(AcceptInvitationDocument, { id: invitation.id });
      await this.session.load();
      await this.router.navigate(['/projekte', invitation.modelProject.code]);
    } catch (error) {
      this.invitationMessage.set({ ok: false, text: this.problemOf(error).message });
      await this.loadInvitations();
    }
  }

  protected async decline(invitation: MyInvitationsQuery['myInvitations'][number]): Promise<void> {
    try {
      await this.client.run(DeclineInvitationDocument, { id: invitation.id });
      this.invitationMessage.set({ ok: true, text: 'invitation.declined' });
    } catch (error) {
      this.invitationMessage.set({ ok: false, text: this.problemOf(error).message });
    }
    await this.loadInvitations();
  }

  private async loadInvitations(): Promise<void> {
    this.invitations.set((await this.client.run(MyInvitationsDocument)).myInvitations);
  }

  // Reset through the form directive: it also forgets that the form was submitted, so the emptied fields do not
  // light up as errors right after a success.
  protected async changePassword(formDirective: FormGroupDirective): Promise<void> {
    if (this.passwordForm.invalid) return this.passwordForm.markAllAsTouched();
    try {
      await this.client.run(ChangePasswordDocument, { input: this.passwordForm.getRawValue() });
      formDirective.resetForm();
      this.passwordMessage.set({ ok: true, text: 'account.passwordChanged' });
    } catch (error) {
      this.passwordMessage.set({ ok: false, text: this.problemOf(error).message });
    }
  }

  protected async createToken(formDirective: FormGroupDirective): Promise<void> {
    if (this.tokenForm.invalid) return this.tokenForm.markAllAsTouched();
    try {
      const { createApiToken } = await this.client.run(CreateApiTokenDocument, {
        input: toTokenInput(this.tokenForm.getRawValue()),
      });
      this.newSecret.set(createApiToken.secret);
      formDirective.resetForm();
      this.tokenMessage.set(null);
      await this.loadTokens();
    } catch (error) {
      this.tokenMessage.set({ ok: false, text: this.problemOf(error).message });
    }
  }

  protected async revoke(id: string): Promise<void> {
    await this.client.run(RevokeApiTokenDocument, { id });
    await this.loadTokens();
  }

  private async loadTokens(): Promise<void> {
    this.tokens.set((await this.client.run(ApiTokensDocument)).apiTokens);
  }
}
