import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { TranslocoPipe } from '@jsverse/transloco';
import { CostCategoryView } from '@masswerk/dashboard/platform/data-access';
import { fixedOnceCreated, FormDialogData, nameControl, wholeNumberControl } from '@masswerk/dashboard/shared/editing';
import { FormDialogFrame, TextField } from '@masswerk/dashboard/shared/ui';
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
  imports: [FormDialogFrame, ReactiveFormsModule, MatCheckboxModule, TextField, TranslocoPipe],
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
        <mw-text-field field="code" label="platform.costs.code" testId="cost-code" required />
        <mw-text-field field="sortOrder" label="platform.costs.sortOrder" type="number" />
      </div>
      <mw-text-field field="name" label="platform.costs.name" testId="cost-name" required />
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
    code: fixedOnceCreated(this.item?.code ?? '', this.item !== null, Validators.required, Validators.maxLength(40)),
    name: nameControl(this.item?.name ?? ''),
    sortOrder: wholeNumberControl(this.item?.sortOrder ?? 0),
    active: new FormControl(this.item?.active ?? true, { nonNullable: true }),
  });

  protected override save(): Promise<unknown> {
    const v = this.form.getRawValue();
    return this.data.save({ ...v, sortOrder: Number(v.sortOrder) });
  }
}
