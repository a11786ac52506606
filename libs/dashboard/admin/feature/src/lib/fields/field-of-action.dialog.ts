import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { CODE_PATTERN, FieldOfActionValues, FieldOfActionView } from '@masswerk/dashboard/admin/data-access';
import { FormDialog, FormDialogData } from '../shared/admin-base';

export interface FieldOfActionDialogData extends FormDialogData<FieldOfActionView, FieldOfActionValues> {
  suggestedCode: string;
  suggestedSortOrder: number;
}

/** Creates or changes a field of action (Handlungsfeld). */
@Component({
  selector: 'mw-admin-field-of-action-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <h2 mat-dialog-title>
        {{ (data.item ? 'admin.fields.editTitle' : 'admin.fields.addTitle') | transloco }}
      </h2>
      <mat-dialog-content>
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
        @if (error()) {
          <p class="dialog-error" role="alert">{{ error() }}</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" [disabled]="busy()" data-testid="field-save">
          {{ 'common.save' | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: '../shared/dialog.scss',
})
export class FieldOfActionDialog extends FormDialog {
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

  protected save(): Promise<unknown> {
    return this.data.save(this.form.getRawValue());
  }
}
