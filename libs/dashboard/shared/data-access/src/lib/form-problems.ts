import { inject } from '@angular/core';
import type { AbstractControl } from '@angular/forms';
import { TranslocoService } from '@jsverse/transloco';
import { LanguageService } from '@masswerk/dashboard/shared/util';
import { Problem, problemOf } from './problems';

/**
 * `problemOf` in the dashboard's current language, for a component or directive to call from its handlers:
 * `private readonly problemOf = injectProblemOf();`.
 */
export function injectProblemOf(): (error: unknown) => Problem {
  const transloco = inject(TranslocoService);
  const language = inject(LanguageService).language;
  return (error) => problemOf(error, (key) => transloco.translate(key), language());
}

/**
 * Puts each field's problem on its control, as a `server` error shown next to the field (and read with it); fields the
 * form does not have are left to the general message. True when a field was marked.
 */
export function markFieldProblems(problem: Problem, controlOf: (field: string) => AbstractControl | null): boolean {
  let marked = false;
  for (const { field, message } of problem.fields) {
    const control = controlOf(field);
    if (!control) continue;
    control.setErrors({ server: message });
    control.markAsTouched();
    marked = true;
  }
  return marked;
}
