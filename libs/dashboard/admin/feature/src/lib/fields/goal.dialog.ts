import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { CODE_PATTERN, GoalValues, GoalView } from '@masswerk/dashboard/admin/data-access';
import { FormDialogData } from '@masswerk/dashboard/shared/editing';
import { FormDialogFrame } from '@masswerk/dashboard/shared/ui';
import { AdminFormDialog } from '../shared/admin-base';

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
  imports: [FormDialogFrame, ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslocoPipe],
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
      <div class="row">
        <mat-form-field>
          <mat-label>{{ 'admin.goals.code' | transloco }}</mat-label>
          <input matInput formControlName="code" required data-testid="goal-code" />
          <mat-hint>{{ 'admin.form.codeHint' | transloco }}</mat-hint>
          <mat-error>{{ errorOf('code', { pattern: 'admin.form.codePattern' }) }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'admin.form.sortOrder' | transloco }}</mat-label>
          <input matInput type="number" step="1" formControlName="sortOrder" />
          <mat-hint>{{ 'admin.form.sortOrderHint' | transloco }}</mat-hint>
          <mat-error>{{ errorOf('sortOrder', { pattern: 'admin.form.wholeNumber' }) }}</mat-error>
        </mat-form-field>
      </div>
      <mat-form-field class="full">
        <mat-label>{{ 'admin.goals.title' | transloco }}</mat-label>
        <input matInput formControlName="title" required data-testid="goal-title" />
        <mat-error>{{ errorOf('title', { pattern: 'form.required' }) }}</mat-error>
      </mat-form-field>
      <mat-form-field class="full">
        <mat-label>{{ 'admin.form.description' | transloco }}</mat-label>
        <textarea matInput rows="3" formControlName="description"></textarea>
        <mat-error>{{ errorOf('description') }}</mat-error>
      </mat-form-field>
    </mw-form-dialog>
  `,
})
export class GoalDialog extends AdminFormDialog {
  protected readonly data = inject<GoalDialogData>(MAT_DIALOG_DATA);
  protected readonly fieldName = this.data.fields.find((f) => f.id === this.data.fieldOfActionId)?.name ?? '';

  protected readonly form = new FormGroup({
    fieldOfActionId: new FormControl(this.data.fieldOfActionId, { nonNullable: true }),
    code: new FormControl(this.data.item?.code ?? this.data.suggestedCode, {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(CODE_PATTERN)],
    }),
    title: new FormControl(this.data.item?.title ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(300), Validators.pattern(/\S/)],
    }),
    description: new FormControl(this.data.item?.description ?? '', {
      nonNullable: true,
      validators: [Validators.maxLength(5000)],
    }),
    sortOrder: new FormControl<number | null>(this.data.item?.sortOrder ?? this.data.suggestedSortOrder, {
      validators: [Validators.pattern(/^-?\d+$/)],
    }),
  });
}
