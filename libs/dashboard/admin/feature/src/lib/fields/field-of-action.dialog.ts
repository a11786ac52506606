import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { CODE_PATTERN, FieldOfActionValues, FieldOfActionView } from '@masswerk/dashboard/admin/data-access';
import { FormDialogData } from '@masswerk/dashboard/shared/editing';
import { FormDialogFrame } from '@masswerk/dashboard/shared/ui';
import { AdminFormDialog } from '../shared/admin-base';

export interface FieldOfActionDialogData extends FormDialogData<FieldOfActionView, FieldOfActionValues> {
  suggestedCode: string;
  suggestedSortOrder: number;
}

/** Creates or changes a field of action (Handlungsfeld). */
@Component({
  selector: 'mw-admin-field-of-action-dialog',
  imports: [FormDialogFrame, ReactiveFormsModule, MatFormFieldModule, MatInputModule, TranslocoPipe],
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
      <div class="row">
        <mat-form-field>
          <mat-label>{{ 'admin.fields.code' | transloco }}</mat-label>
          <input matInput formControlName="code" required data-testid="field-code" />
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
        <mat-label>{{ 'admin.fields.name' | transloco }}</mat-label>
        <input matInput formControlName="name" required data-testid="field-name" />
        <mat-error>{{ errorOf('name', { pattern: 'form.required' }) }}</mat-error>
      </mat-form-field>
      <mat-form-field class="full">
        <mat-label>{{ 'admin.form.description' | transloco }}</mat-label>
        <textarea matInput rows="4" formControlName="description"></textarea>
        <mat-error>{{ errorOf('description') }}</mat-error>
      </mat-form-field>
    </mw-form-dialog>
  `,
})
export class FieldOfActionDialog extends AdminFormDialog {
  protected readonly data = inject<FieldOfActionDialogData>(MAT_DIALOG_DATA);

  protected readonly form = new FormGroup({
    code: new FormControl(this.data.item?.code ?? this.data.suggestedCode, {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(CODE_PATTERN)],
    }),
    name: new FormControl(this.data.item?.name ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(200), Validators.pattern(/\S/)],
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
