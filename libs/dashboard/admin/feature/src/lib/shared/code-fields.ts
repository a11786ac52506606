import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, Validators } from '@angular/forms';
import { CODE_PATTERN } from '@masswerk/dashboard/admin/data-access';
import { wholeNumberControl } from '@masswerk/dashboard/shared/editing';
import { TextField } from '@masswerk/dashboard/shared/ui';

/** The controls of `mw-admin-code-fields`: a code such as `1` or `1.2`, and a place in the list. */
export function codeFieldControls(code: string, sortOrder: number | null) {
  return {
    code: new FormControl(code, {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(CODE_PATTERN)],
    }),
    sortOrder: wholeNumberControl(sortOrder),
  };
}

/**
 * The code of a field of action or a goal and its place in the list, side by side, bound to the controls `code` and
 * `sortOrder` of the enclosing form group (see `codeFieldControls`).
 */
@Component({
  selector: 'mw-admin-code-fields',
  imports: [TextField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // the row's grid is the frame's (`mw-form-dialog .row`)
  host: { class: 'row' },
  template: `
    <mw-text-field
      field="code"
      [label]="label()"
      hint="admin.form.codeHint"
      [messages]="{ pattern: 'admin.form.codePattern' }"
      [testId]="testId()"
      required
    />
    <mw-text-field
      field="sortOrder"
      label="admin.form.sortOrder"
      hint="admin.form.sortOrderHint"
      [messages]="{ pattern: 'admin.form.wholeNumber' }"
      type="number"
      step="1"
    />
  `,
})
export class CodeFields {
  /** Translation key of the code's label. */
  readonly label = input.required<string>();
  readonly testId = input.required<string>();
}
