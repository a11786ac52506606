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
  /** Only planned, not requested yet: kept as a draft on the day it is to be requested, of which the office is reminded. */
  planned: boolean;
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
    planned: new FormControl(false, { nonNullable: true }),
  });
}

/**
 * The call-off as submitted to KfW, or as planned (a draft, decision 0068), or null when the amount cannot be read
 * (the form then says why).
 */
export function toCallOffInput(v: CallOffValues, language: string): CreateCallOffInput | null {
  const amount = parseEuroInput(v.amount, language);
  const { planned, ...fields } = v;
  return amount === null ? null : { ...fields, amount, status: planned ? 'DRAFT' : 'SUBMITTED' };
}
