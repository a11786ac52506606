import { Directive, ElementRef, inject, signal } from '@angular/core';
import { FormGroup } from '@angular/forms';
import { MatDialogRef } from '@angular/material/dialog';
import { TranslocoService } from '@jsverse/transloco';
import { injectProblemOf, markFieldProblems } from '@masswerk/dashboard/shared/data-access';
import { errorText } from '@masswerk/dashboard/shared/ui';
import { FormDialogResult } from './record-page';

/**
 * A dialog with a form: checks it, saves through the data's `save`, shows the API's reasons next to the fields (or
 * above the buttons), and closes with 'saved' – or with 'stale' when someone else saved first. Its template is a
 * `mw-form-dialog` frame bound to `form`, `error()` and `busy()`.
 */
@Directive()
export abstract class FormDialog {
  protected readonly ref = inject<MatDialogRef<unknown, FormDialogResult>>(MatDialogRef);
  protected readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected abstract readonly form: FormGroup;

  /** The Transloco scope of the feature, whose `form.maxLength`, `form.minLength` and `form.invalid` are used. */
  protected abstract readonly scope: string;

  /** What went wrong, in the dashboard's language. */
  protected readonly problemOf = injectProblemOf();

  /** What the dialog was opened with: at least how to save (a `FormDialogData`). */
  protected abstract readonly data: { save(values: unknown): Promise<unknown> };

  /** Sends the form's values (all of them, as they are, unless a dialog says otherwise); throws what the API said. */
  protected save(): Promise<unknown> {
    return this.data.save(this.form.getRawValue());
  }

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalid();
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    try {
      await this.save();
      this.ref.close('saved');
    } catch (error) {
      const problem = this.problemOf(error);
      if (problem.kind === 'stale') {
        this.ref.close('stale');
        return;
      }
      const shown = markFieldProblems(problem, (field) => this.form.get(field));
      // A reason that belongs to a field stands next to it (and is read with it); any other above the buttons.
      this.error.set(shown ? null : problem.message);
      if (shown) this.focusFirstInvalid();
    } finally {
      this.busy.set(false);
    }
  }

  /** The message of a control's first error, in German or English; `messages` names the key for an error. */
  protected errorOf(name: string, messages: Record<string, string> = {}): string {
    return errorText(this.transloco, this.form.get(name)?.errors, this.scope, messages);
  }

  private focusFirstInvalid(): void {
    setTimeout(() =>
      this.host.nativeElement
        .querySelector<HTMLElement>(
          'input.ng-invalid, textarea.ng-invalid, mat-select.ng-invalid, input[aria-invalid="true"]',
        )
        ?.focus(),
    );
  }
}
