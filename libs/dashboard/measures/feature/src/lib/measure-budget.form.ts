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

/** A measure's plan rarely spans more; a longer schedule still shows its entries' years. */
const MAX_SCHEDULE_YEARS = 12;

/**
 * The columns of the cost plan: every year of the measure's schedule (moving its end into 2027 brings 2027), every
 * year that has an entry, and the years the user added; in order.
 */
export function planYears(
  entryYears: readonly number[],
  plannedStart: string | null | undefined,
  plannedEnd: string | null | undefined,
  added: readonly number[] = [],
): number[] {
  const years = new Set([...entryYears, ...added]);
  const from = plannedStart ? Number(plannedStart.slice(0, 4)) : null;
  const to = plannedEnd ? Number(plannedEnd.slice(0, 4)) : null;
  if (from !== null && to !== null && to >= from && to - from < MAX_SCHEDULE_YEARS)
    for (let y = from; y <= to; y++) years.add(y);
  else for (const y of [from, to]) if (y !== null) years.add(y);
  return [...years].sort((a, b) => a - b);
}

/** The rows of the cost plan: categories with an entry or with spending, then those the user added. */
export function planCategories(
  entryCategoryIds: readonly string[],
  spentCategoryIds: readonly string[],
  added: readonly string[] = [],
): string[] {
  return [...new Set([...entryCategoryIds, ...spentCategoryIds, ...added])];
}

/** A year the user may add as a column: a whole year from 2000 to 2100 not shown yet. */
export function addableYear(text: string, shown: readonly number[]): number | null {
  const year = Number(text.trim());
  return Number.isInteger(year) && year >= 2000 && year <= 2100 && !shown.includes(year) ? year : null;
}
