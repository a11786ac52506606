import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { GoalValues, GoalView } from '@masswerk/dashboard/admin/data-access';
import { FormDialogData, nameControl, textControl } from '@masswerk/dashboard/shared/editing';
import { FormDialogFrame, TextField } from '@masswerk/dashboard/shared/ui';
import { AdminFormDialog } from '../shared/admin-base';
import { codeFieldControls, CodeFields } from '../shared/code-fields';

export interface GoalDialogData extends FormDialogData<GoalView, GoalValues> {
  fieldOfActionId: string;
  /** All fields of action, to move a goal to another one. */
  fields: { id: string; code: string; name: string }[];
  suggestedCode: string;
  suggestedSortOrder: number;
}

/** Creates or changes a goal (Ziel) of a field of action; a goal can move to another field of action. */
@Component({
  selector: 'mw-admin-goal-dialog',
  imports: [
    FormDialogFrame,
    ReactiveFormsModule,
    MatFormFieldModule,
    MatSelectModule,
    CodeFields,
    TextField,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mw-form-dialog
      [formGroup]="form"
      (ngSubmit)="submit()"
      [heading]="(data.item ? 'admin.goals.editTitle' : 'admin.goals.addTitle') | transloco: { field: fieldName }"
      [error]="error()"
      [busy]="busy()"
      saveTestId="goal-save"
    >
      @if (data.item) {
        <mat-form-field class="full">
          <mat-label>{{ 'admin.goals.field' | transloco }}</mat-label>
          <mat-select formControlName="fieldOfActionId">
            @for (f of data.fields; track f.id) {
              <mat-option [value]="f.id">{{ f.code }} {{ f.name }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      }
      <mw-admin-code-fields label="admin.goals.code" testId="goal-code" />
      <mw-text-field field="title" label="admin.goals.title" [messages]="blankMessages" testId="goal-title" required />
      <mw-text-field field="description" label="admin.form.description" [rows]="3" />
    </mw-form-dialog>
  `,
})
export class GoalDialog extends AdminFormDialog {
  protected readonly data = inject<GoalDialogData>(MAT_DIALOG_DATA);
  protected readonly fieldName = this.data.fields.find((f) => f.id === this.data.fieldOfActionId)?.name ?? '';

  protected readonly form = new FormGroup({
    fieldOfActionId: new FormControl(this.data.fieldOfActionId, { nonNullable: true }),
    ...codeFieldControls(
      this.data.item?.code ?? this.data.suggestedCode,
      this.data.item?.sortOrder ?? this.data.suggestedSortOrder,
    ),
    title: nameControl(this.data.item?.title ?? '', 300),
    description: textControl(this.data.item?.description ?? ''),
  });
}
