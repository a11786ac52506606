import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { TranslocoPipe } from '@jsverse/transloco';
import { FieldOfActionValues, FieldOfActionView } from '@masswerk/dashboard/admin/data-access';
import { FormDialogData, nameControl, textControl } from '@masswerk/dashboard/shared/editing';
import { FormDialogFrame, TextField } from '@masswerk/dashboard/shared/ui';
import { AdminFormDialog } from '../shared/admin-base';
import { codeFieldControls, CodeFields } from '../shared/code-fields';

export interface FieldOfActionDialogData extends FormDialogData<FieldOfActionView, FieldOfActionValues> {
  suggestedCode: string;
  suggestedSortOrder: number;
}

/** Creates or changes a field of action (Handlungsfeld). */
@Component({
  selector: 'mw-admin-field-of-action-dialog',
  imports: [FormDialogFrame, ReactiveFormsModule, CodeFields, TextField, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mw-form-dialog
      [formGroup]="form"
      (ngSubmit)="submit()"
      [heading]="(data.item ? 'admin.fields.editTitle' : 'admin.fields.addTitle') | transloco"
      [error]="error()"
      [busy]="busy()"
      saveTestId="field-save"
    >
      <mw-admin-code-fields label="admin.fields.code" testId="field-code" />
      <mw-text-field field="name" label="admin.fields.name" [messages]="blankMessages" testId="field-name" required />
      <mw-text-field field="description" label="admin.form.description" [rows]="4" />
    </mw-form-dialog>
  `,
})
export class FieldOfActionDialog extends AdminFormDialog {
  protected readonly data = inject<FieldOfActionDialogData>(MAT_DIALOG_DATA);

  protected readonly form = new FormGroup({
    ...codeFieldControls(
      this.data.item?.code ?? this.data.suggestedCode,
      this.data.item?.sortOrder ?? this.data.suggestedSortOrder,
    ),
    name: nameControl(this.data.item?.name ?? ''),
    description: textControl(this.data.item?.description ?? ''),
  });
}
