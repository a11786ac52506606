import { inject, signal, WritableSignal } from '@angular/core';
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
 * For a section whose actions each either work or show one message: `problem` holds the message of the last action
 * that failed (in the current language), `attempt(action)` clears it, runs the action and catches its failure.
 */
export function injectProblemCatcher(): {
  problem: WritableSignal<string | null>;
  attempt: (action: () => Promise<unknown>) => Promise<void>;
} {
  const problemOfError = injectProblemOf();
  const problem = signal<string | null>(null);
  return {
    problem,
    attempt: async (action) => {
      problem.set(null);
      try {
        await action();
      } catch (error) {
        problem.set(problemOfError(error).message);
      }
    },
  };
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

/** How saving a form went: not tried (fields marked), saved, someone else saved first, or refused. */
export type SaveOutcome = 'invalid' | 'saved' | 'stale' | 'refused';

export interface SaveState {
  busy: WritableSignal<boolean>;
  /** The form's general message. */
  error: WritableSignal<string | null>;
  /** Translation key of the message when someone else saved first; without it that is a refusal like others. */
  conflict?: string;
}

/**
 * Saving a form, for a component to call from its submit handler: `private readonly saveForm = injectSaveForm();`.
 * An invalid form only gets its fields marked; otherwise `save` runs while `busy` is set, and a refusal puts each
 * field's problem on its control and the message (or the conflict's) into `error`.
 */
export function injectSaveForm(): (
  form: AbstractControl,
  state: SaveState,
  save: () => Promise<unknown>,
) => Promise<SaveOutcome> {
  const problemOf = injectProblemOf();
  const transloco = inject(TranslocoService);
  return async (form, state, save) => {
    if (form.invalid) {
      form.markAllAsTouched();
      return 'invalid';
    }
    state.busy.set(true);
    state.error.set(null);
    try {
      await save();
      return 'saved';
    } catch (error) {
      const problem = problemOf(error);
      if (problem.kind === 'stale' && state.conflict) {
        state.error.set(transloco.translate(state.conflict));
        return 'stale';
      }
      if (problem.kind === 'input') markFieldProblems(problem, (field) => form.get(field));
      state.error.set(problem.message);
      return 'refused';
    } finally {
      state.busy.set(false);
    }
  };
}
