import { InjectionToken } from '@angular/core';
import { ValidationErrors } from '@angular/forms';
import { TranslocoService } from '@jsverse/transloco';

/**
 * The Transloco scope of the feature whose form is open (`admin`, `platform`): its `form.maxLength`, `form.minLength`
 * and `form.invalid` word a field's errors. `RecordPage.openForm` (shared/editing) provides it to
 * the dialogs it opens.
 */
export const FORM_SCOPE = new InjectionToken<string>('FORM_SCOPE');

/**
 * The message of a control's first error, in German or English: the API's reason (`server`), else the key `messages`
 * names for an error, else the common wording of required, e-mail, date, euro and length errors, else the scope's
 * "invalid".
 */
export function errorText(
  transloco: TranslocoService,
  errors: ValidationErrors | null | undefined,
  scope: string,
  messages: Record<string, string> = {},
): string {
  const all = errors ?? {};
  if (all['server']) return String(all['server']);
  for (const key of Object.keys(all)) {
    if (messages[key]) return transloco.translate(messages[key], all[key]);
  }
  if (all['required']) return transloco.translate('form.required');
  if (all['email']) return transloco.translate('form.email');
  if (all['date']) return transloco.translate('form.date');
  if (all['euro']) return transloco.translate('form.euro');
  if (all['maxlength']) return transloco.translate(`${scope}.form.maxLength`, { max: all['maxlength'].requiredLength });
  if (all['minlength']) return transloco.translate(`${scope}.form.minLength`, { min: all['minlength'].requiredLength });
  return transloco.translate(`${scope}.form.invalid`);
}
