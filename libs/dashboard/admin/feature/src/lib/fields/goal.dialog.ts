import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { CODE_PATTERN, GoalValues, GoalView } from '@masswerk/dashboard/admin/data-access';
import { FormDialog, FormDialogData } from '../shared/admin-base';

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
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <h2 mat-dialog-title>
        {{ (data.item ? 'admin.goals.editTitle' : 'admin.goals.addTitle') | transloco: { field: fieldName } }}
      </h2>
      <mat-dialog-content>
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
        @if (error()) {
          <p class="dialog-error" role="alert">{{ error() }}</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" [disabled]="busy()" data-testid="goal-save">
          {{ 'common.save' | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: '../shared/dialog.scss',
})
export class GoalDialog extends FormDialog {
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

  protected save(): Promise<unknown> {
    return this.data.save(this.form.getRawValue());
  }
}
