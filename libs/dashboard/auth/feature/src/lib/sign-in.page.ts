import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { ApiError, apiErrorText, SessionStore } from '@masswerk/dashboard/shared/data-access';
import { ErrorReason } from '@masswerk/shared/domain';
import { LanguageService } from '@masswerk/dashboard/shared/util';
import { AuthPanel } from './auth-panel';

@Component({
  selector: 'mw-sign-in-page',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatButtonModule, TranslocoPipe, AuthPanel],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sign-in.page.html',
  styleUrl: './sign-in.page.scss',
})
export class SignInPage {
  /** Where to go after signing in (set by the guard). */
  readonly zurueck = input<string>('');
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService);
  private readonly transloco = inject(TranslocoService);
  /** What went wrong: a translation key where the dashboard knows the case, else the text for the error's code. */
  protected readonly error = signal<{ key: string | null; text: string } | null>(null);
  protected readonly busy = signal(false);
  protected readonly form = new FormGroup({
    email: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email] }),
    password: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });

  protected async submit(): Promise<void> {
    this.error.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    try {
      const { email, password } = this.form.getRawValue();
      await this.session.signIn(email, password);
      const target = this.zurueck() && this.zurueck().startsWith('/') ? this.zurueck() : '/projekte';
      await this.router.navigateByUrl(target);
    } catch (error) {
      const text = apiErrorText(error, (key) => this.transloco.translate(key), this.language.language());
      const wrongCredentials = error instanceof ApiError && error.reason === ErrorReason.WRONG_CREDENTIALS;
      this.error.set({ key: wrongCredentials ? 'signIn.wrongCredentials' : null, text });
    } finally {
      this.busy.set(false);
    }
  }
}
