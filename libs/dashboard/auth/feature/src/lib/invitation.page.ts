import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { GraphqlClient, injectProblemOf, SessionStore } from '@masswerk/dashboard/shared/data-access';
import { MwDatePipe } from '@masswerk/dashboard/shared/util';
import { catchError, map, of } from 'rxjs';
import { AuthPanel } from './auth-panel';
import { NewPasswordFields, newPasswordControls } from './new-password.fields';
import { AcceptInvitationDocument, DeclineInvitationDocument, InvitationByTokenDocument } from './invitation.generated';

/**
 * The page an invitation mail links to (`/einladung/<secret>`), open without sign-in. It shows the offer, and lets the
 * person accept: signed in with the invited address, or with a new account created here; or decline.
 */
@Component({
  selector: 'mw-invitation-page',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    RouterLink,
    TranslocoPipe,
    MwDatePipe,
    AuthPanel,
    NewPasswordFields,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './invitation.page.html',
  styleUrls: ['./sign-in.page.scss'],
  styles: `
    .actions {
      display: flex;
      gap: 0.5rem;
      flex-wrap: wrap;
    }
    .muted {
      color: #4f565d;
    }
  `,
})
export class InvitationPage {
  readonly token = input.required<string>();
  private readonly client = inject(GraphqlClient);
  private readonly router = inject(Router);
  private readonly problemOf = injectProblemOf();
  protected readonly session = inject(SessionStore);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly declined = signal(false);

  protected readonly invitation = rxResource({
    params: () => this.token(),
    stream: ({ params }) =>
      this.client.request(InvitationByTokenDocument, { token: params }).pipe(
        map((d) => d.invitationByToken),
        catchError(() => of(null)),
      ),
  });
  /** Signed in with the invited address: accept or decline right here. */
  protected readonly isInvitee = computed(
    () => this.session.user()?.email.toLowerCase() === this.invitation.value()?.email.toLowerCase(),
  );
  protected readonly signInLink = computed(() => ({ zurueck: `/einladung/${this.token()}` }));

  protected readonly form = new FormGroup({
    displayName: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(200)],
    }),
    ...newPasswordControls(),
  });

  constructor() {
    // the name the administrator gave, as a suggestion
    effect(() => {
      const name = this.invitation.value()?.displayName;
      if (name && !this.form.controls.displayName.value) this.form.controls.displayName.setValue(name);
    });
  }

  protected async createAccount(): Promise<void> {
    this.form.controls.repeat.updateValueAndValidity();
    if (this.form.invalid) return this.form.markAllAsTouched();
    const { displayName, password } = this.form.getRawValue();
    await this.run(async () => {
      await this.session.acceptInvitationWithNewAccount(this.token(), displayName.trim(), password);
      await this.router.navigate(['/projekte', this.invitation.value()?.projectCode]);
    });
  }

  protected async accept(): Promise<void> {
    const invitation = this.invitation.value();
    if (!invitation) return;
    await this.run(async () => {
      await this.client.run(AcceptInvitationDocument, { id: invitation.id });
      await this.session.load();
      await this.router.navigate(['/projekte', invitation.projectCode]);
    });
  }

  protected async decline(): Promise<void> {
    const invitation = this.invitation.value();
    if (!invitation) return;
    await this.run(async () => {
      await this.client.run(DeclineInvitationDocument, { id: invitation.id });
      this.declined.set(true);
    });
  }

  protected async signOut(): Promise<void> {
    await this.session.signOut();
  }

  private async run(action: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      await action();
    } catch (error) {
      this.error.set(this.problemOf(error).message);
    } finally {
      this.busy.set(false);
    }
  }
}
