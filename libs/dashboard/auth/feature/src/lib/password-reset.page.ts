import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { GraphqlClient, injectProblemOf } from '@masswerk/dashboard/shared/data-access';
import { AuthPanel } from './auth-panel';
import { NewPasswordFields, newPasswordControls } from './new-password.fields';
import { ResetPasswordDocument } from './password-reset.generated';

/**
 * `/passwort-zuruecksetzen/<secret>`, open without sign-in: sets a new password once with the link a platform
 * administrator sent (decision 0048). Afterwards the person signs in with it; every other session has ended.
 */
@Component({
  selector: 'mw-password-reset-page',
  imports: [ReactiveFormsModule, MatButtonModule, RouterLink, TranslocoPipe, AuthPanel, NewPasswordFields],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mw-auth-panel [title]="'passwordReset.title' | transloco" testId="password-reset-page" [links]="false">
      @if (done()) {
        <p role="status" data-testid="password-reset-done">{{ 'passwordReset.done' | transloco }}</p>
        <a mat-flat-button routerLink="/anmelden">{{ 'signIn.submit' | transloco }}</a>
      } @else {
        <p>{{ 'passwordReset.intro' | transloco }}</p>
        @if (error()) {
          <p class="error" role="alert" data-testid="password-reset-error">{{ error() }}</p>
        }
        <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
          <mw-new-password-fields
            [controls]="form.controls"
            [label]="'passwordReset.password' | transloco"
            testId="password-reset"
          />
          <button mat-flat-button type="submit" [disabled]="busy()" data-testid="password-reset-save">
            {{ 'passwordReset.save' | transloco }}
          </button>
        </form>
      }
    </mw-auth-panel>
  `,
  styleUrls: ['./sign-in.page.scss'],
})
export class PasswordResetPage {
  readonly token = input.required<string>();
  private readonly client = inject(GraphqlClient);
  private readonly problemOf = injectProblemOf();
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly done = signal(false);

  protected readonly form = new FormGroup(newPasswordControls());

  protected async submit(): Promise<void> {
    this.form.controls.repeat.updateValueAndValidity();
    if (this.form.invalid) return this.form.markAllAsTouched();
    this.busy.set(true);
    this.error.set(null);
    try {
      await this.client.run(ResetPasswordDocument, {
        input: { token: this.token(), password: this.form.controls.password.value },
      });
      this.done.set(true);
    } catch (error) {
      this.error.set(this.problemOf(error).message);
    } finally {
      this.busy.set(false);
    }
  }
}
