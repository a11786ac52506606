import { FormControl, FormGroup, Validators } from '@angular/forms';
import type { CreateExpenditureInput } from '@masswerk/dashboard/shared/data-access';
import { euroValidator, parseEuroInput } from '@masswerk/dashboard/shared/util';

/** An expenditure as the budget section's form takes it: the amount as typed, in the page's language. */
export interface ExpenditureValues {
  costCategoryId: string;
  spentOn: string;
  amount: string;
  description: string;
  documentReference: string;
}

/** The expenditure form; `language` is read when the amount is checked. */
export function expenditureForm(language: () => string) {
  return new FormGroup({
    costCategoryId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    spentOn: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    amount: new FormControl('', {
      nonNullable: true,
      // a negative amount corrects an earlier one; 0 € is no expenditure
      validators: [euroValidator(language, { required: true, allowNegative: true, nonZero: true })],
    }),
    description: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(500), Validators.pattern(/\S/)],
    }),
    documentReference: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(200)] }),
  });
}

/** The expenditure to record, or null when the amount cannot be read (the form then says why). */
export function toExpenditureInput(
  measureId: string,
  v: ExpenditureValues,
  language: string,
): CreateExpenditureInput | null {
  const amount = parseEuroInput(v.amount, language, { allowNegative: true });
  return amount === null ? null : { measureId, ...v, amount };
}
