import { FormControl, ValidatorFn, Validators } from '@angular/forms';

/**
 * Controls that many forms share, each with the limits the API checks (and the same wording of their errors).
 */

/** A required name or title of at most `max` characters, not only blanks. */
export function nameControl(value: string, max = 200): FormControl<string> {
  return new FormControl(value, {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(max), Validators.pattern(/\S/)],
  });
}

/** Free text of at most `max` characters, may be empty: a description, notes. */
export function textControl(value: string, max = 5000): FormControl<string> {
  return new FormControl(value, { nonNullable: true, validators: [Validators.maxLength(max)] });
}

/** A whole number such as a sort order (the field's `pattern` error). */
export function wholeNumberControl<T extends number | null>(value: T): FormControl<T> {
  return new FormControl(value, { nonNullable: true, validators: [Validators.pattern(/^-?\d+$/)] });
}

/** A text given when the record is created and fixed afterwards (shown, but disabled): codes, a programme's name. */
export function fixedOnceCreated(value: string, created: boolean, ...validators: ValidatorFn[]): FormControl<string> {
  return new FormControl({ value, disabled: created }, { nonNullable: true, validators });
}
