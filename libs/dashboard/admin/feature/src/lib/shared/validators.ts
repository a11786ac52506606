import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

/** The later of two dates (ISO, from date inputs) may not lie before the earlier; both may be empty. */
export function datesInOrder(start: string, end: string): ValidatorFn {
  return (group: AbstractControl): ValidationErrors | null => {
    const a = group.get(start)?.value;
    const b = group.get(end)?.value;
    return a && b && b < a ? { dateOrder: true } : null;
  };
}
