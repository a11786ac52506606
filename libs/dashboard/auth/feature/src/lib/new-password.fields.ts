import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { AbstractControl, FormControl, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';

const sameAs =
  (other: string) =>
  (control: AbstractControl): ValidationErrors | null =>
    control.parent && control.value !== control.parent.get(other)?.value ? { mismatch: true } : null;

/** A new password, typed twice: at least ten characters (the API's rule), and the repetition must match. */
export function newPasswordControls() {
  return {
    password: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(10), Validators.maxLength(200)],
    }),
    repeat: new FormControl('', { nonNullable: true, validators: [Validators.required, sameAs('password')] }),
  };
}

export type NewPasswordControls = ReturnType<typeof newPasswordControls>;

/** The two fields of `newPasswordControls()`, for a form that sets a password (invitation, password reset). */
@Component({
  selector: 'mw-new-password-fields',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, TranslocoPipe],
  // checked with the page's form: when the page marks the fields touched on submit, their errors show at once
  changeDetection: ChangeDetectionStrategy.Default,
  template: `
    <mat-form-field>
      <mat-label>{{ label() }}</mat-label>
      <input
        matInput
        type="password"
        [formControl]="controls().password"
        autocomplete="new-password"
        required
        [attr.data-testid]="testId() + '-password'"
      />
      <mat-hint>{{ 'account.passwordHint' | transloco }}</mat-hint>
      <mat-error>{{ 'account.passwordHint' | transloco }}</mat-error>
    </mat-form-field>
    <mat-form-field>
      <mat-label>{{ 'invitation.repeat' | transloco }}</mat-label>
      <input
        matInput
        type="password"
        [formControl]="controls().repeat"
        autocomplete="new-password"
        required
        [attr.data-testid]="testId() + '-repeat'"
      />
      @if (controls().repeat.hasError('mismatch')) {
        <mat-error>{{ 'invitation.mismatch' | transloco }}</mat-error>
      } @else {
        <mat-error>{{ 'form.required' | transloco }}</mat-error>
      }
    </mat-form-field>
  `,
  // the fields sit in the page's form as if written there
  styles: `
    :host {
      display: contents;
    }
  `,
})
export class NewPasswordFields {
  readonly controls = input.required<NewPasswordControls>();
  /** The label of the first field. */
  readonly label = input.required<string>();
  /** The fields' test ids: `<testId>-password` and `<testId>-repeat`. */
  readonly testId = input.required<string>();
}
