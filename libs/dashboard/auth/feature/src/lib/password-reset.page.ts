import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import {
  AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { GraphqlClient, injectProblemOf } from '@masswerk/dashboard/shared/data-access';
import { ResetPasswordDocument } from './password-reset.generated';

const sameAs =
  (other: string) =>
  (control: AbstractControl): ValidationErrors | null =>
    control.parent && control.value !== control.parent.get(other)?.value ? { mismatch: true } : null;

/**
 * `/passwort-zuruecksetzen/<secret>`, open without sign-in: sets a new password once with the link a platform
 * administrator sent (decision 0048). Afterwards the person signs in with it; every other session has ended.
 */
@Component({
  selector: 'mw-password-reset-page',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatButtonModule, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <main id="main" class="sign-in">
      <div class="panel" data-testid="password-reset-page">
        <div class="brand">
          <img src="favicon.svg" alt="" width="40" height="40" />
          <div>
            <p class="product">Maßwerk</p>
            <p class="claim">{{ 'signIn.claim' | transloco }}</p>
          </div>
        </div>
        <h1>{{ 'passwordReset.title' | transloco }}</h1>
        @if (done()) {
          <p role="status" data-testid="password-reset-done">{{ 'passwordReset.done' | transloco }}</p>
          <a mat-flat-button routerLink="/anmelden">{{ 'signIn.submit' | transloco }}</a>
        } @else {
          <p>{{ 'passwordReset.intro' | transloco }}</p>
          @if (error()) {
            <p class="error" role="alert" data-testid="password-reset-error">{{ error() }}</p>
          }
          <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
            <mat-form-field>
              <mat-label>{{ 'passwordReset.password' | transloco }}</mat-label>
              <input
                matInput
                type="password"
                formControlName="password"
                autocomplete="new-password"
                required
                data-testid="password-reset-password"
              />
              <mat-hint>{{ 'account.passwordHint' | transloco }}</mat-hint>
              @if (form.controls.password.invalid) {
                <mat-error>{{ 'account.passwordHint' | transloco }}</mat-error>
              }
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ 'invitation.repeat' | transloco }}</mat-label>
              <input
                matInput
                type="password"
                formControlName="repeat"
                autocomplete="new-password"
                required
                data-testid="password-reset-repeat"
              />
              @if (form.controls.repeat.hasError('mismatch')) {
                <mat-error>{{ 'invitation.mismatch' | transloco }}</mat-error>
              } @else if (form.controls.repeat.invalid) {
                <mat-error>{{ 'form.required' | transloco }}</mat-error>
              }
            </mat-form-field>
            <button mat-flat-button type="submit" [disabled]="busy()" data-testid="password-reset-save">
              {{ 'passwordReset.save' | transloco }}
            </button>
          </form>
        }
      </div>
    </main>
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

  protected readonly form = new FormGroup({
    password: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(10), Validators.maxLength(200)],
    }),
    repeat: new FormControl('', { nonNullable: true, validators: [Validators.required, sameAs('password')] }),
  });

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
