import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { CostCategoryView } from '@masswerk/dashboard/platform/data-access';
import { RecordDialog, RecordDialogData } from '../shared/platform-base';

export interface CostCategoryValues {
  code: string;
  name: string;
  sortOrder: number;
  active: boolean;
}

/** Creates or changes a cost category; an inactive one stays on old records but is not offered for new ones. */
@Component({
  selector: 'mw-platform-cost-category-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatCheckboxModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <h2 mat-dialog-title>{{ (data.item ? 'platform.costs.edit' : 'platform.costs.add') | transloco }}</h2>
      <mat-dialog-content>
        <div class="row">
          <mat-form-field>
            <mat-label>{{ 'platform.costs.code' | transloco }}</mat-label>
            <input matInput formControlName="code" required data-testid="cost-code" />
            <mat-error>{{ errorOf('code') }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'platform.costs.sortOrder' | transloco }}</mat-label>
            <input matInput type="number" formControlName="sortOrder" />
            <mat-error>{{ errorOf('sortOrder') }}</mat-error>
          </mat-form-field>
        </div>
        <mat-form-field class="full">
          <mat-label>{{ 'platform.costs.name' | transloco }}</mat-label>
          <input matInput formControlName="name" required data-testid="cost-name" />
          <mat-error>{{ errorOf('name') }}</mat-error>
        </mat-form-field>
        @if (data.item) {
          <mat-checkbox formControlName="active">{{ 'platform.costs.active' | transloco }}</mat-checkbox>
        }
        @if (error()) {
          <p class="dialog-error" role="alert">{{ error() }}</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" [disabled]="busy()" data-testid="cost-save">
          {{ 'common.save' | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: '../shared/dialog.scss',
})
export class CostCategoryDialog extends RecordDialog {
  protected readonly data = inject<RecordDialogData<CostCategoryView, CostCategoryValues>>(MAT_DIALOG_DATA);
  private readonly item = this.data.item;

  protected readonly form = new FormGroup({
    code: new FormControl(
      { value: this.item?.code ?? '', disabled: this.item !== null },
      { nonNullable: true, validators: [Validators.required, Validators.maxLength(40)] },
    ),
    name: new FormControl(this.item?.name ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(200), Validators.pattern(/\S/)],
    }),
    sortOrder: new FormControl(this.item?.sortOrder ?? 0, {
      nonNullable: true,
      validators: Validators.pattern(/^-?\d+$/),
    }),
    active: new FormControl(this.item?.active ?? true, { nonNullable: true }),
  });

  protected save(): Promise<unknown> {
    const v = this.form.getRawValue();
    return this.data.save({ ...v, sortOrder: Number(v.sortOrder) });
  }
}
