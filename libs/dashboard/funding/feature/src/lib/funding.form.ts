import { FormControl, FormGroup, Validators } from '@angular/forms';
import type { CreateCallOffInput } from '@masswerk/dashboard/shared/data-access';
import { euroValidator, parseEuroInput } from '@masswerk/dashboard/shared/util';

/** A call-off (Mittelabruf) as the funding page's form takes it: the amount as typed, in the page's language. */
export interface CallOffValues {
  grantId: string;
  requestedOn: string;
  amount: string;
  periodStart: string;
  periodEnd: string;
}

/** The call-off form; `language` is read when the amount is checked, so a switch of language applies at once. */
export function callOffForm(language: () => string) {
  const required = () => new FormControl('', { nonNullable: true, validators: [Validators.required] });
  return new FormGroup({
    grantId: required(),
    requestedOn: required(),
    amount: new FormControl('', {
      nonNullable: true,
      validators: [euroValidator(language, { required: true, nonZero: true })],
    }),
    periodStart: required(),
    periodEnd: required(),
  });
}

/** The call-off as submitted to KfW, or null when the amount cannot be read (the form then says why). */
export function toCallOffInput(v: CallOffValues, language: string): CreateCallOffInput | null {
  const amount = parseEuroInput(v.amount, language);
  return amount === null ? null : { ...v, amount, status: 'SUBMITTED' };
}
