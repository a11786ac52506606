import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { CostCategoryView } from '@masswerk/dashboard/platform/data-access';
import { FormDialogData } from '@masswerk/dashboard/shared/editing';
import { FormDialogFrame } from '@masswerk/dashboard/shared/ui';
import { RecordDialog } from '../shared/platform-base';

export interface CostCategoryValues {
  code: string;
  name: string;
  sortOrder: number;
  active: boolean;
}

/** Creates or changes a cost category; an inactive one stays on old records but is not offered for new ones. */
@Component({
  selector: 'mw-platform-cost-category-dialog',
  imports: [FormDialogFrame, ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatCheckboxModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mw-form-dialog
      [formGroup]="form"
      (ngSubmit)="submit()"
      [heading]="(data.item ? 'platform.costs.edit' : 'platform.costs.add') | transloco"
      [error]="error()"
      [busy]="busy()"
      saveTestId="cost-save"
    >
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
    </mw-form-dialog>
  `,
})
export class CostCategoryDialog extends RecordDialog {
  protected readonly data = inject<FormDialogData<CostCategoryView, CostCategoryValues>>(MAT_DIALOG_DATA);
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

  protected override save(): Promise<unknown> {
    const v = this.form.getRawValue();
    return this.data.save({ ...v, sortOrder: Number(v.sortOrder) });
  }
}
