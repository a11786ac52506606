import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { ClusterView } from '@masswerk/dashboard/platform/data-access';
import { FormDialogData } from '@masswerk/dashboard/shared/editing';
import { FormDialogFrame } from '@masswerk/dashboard/shared/ui';
import { RecordDialog } from '../shared/platform-base';

export type ClusterValues = { name: string; description: string };

/** Creates or renames a cluster of model projects. */
@Component({
  selector: 'mw-platform-cluster-dialog',
  imports: [FormDialogFrame, ReactiveFormsModule, MatFormFieldModule, MatInputModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mw-form-dialog
      [formGroup]="form"
      (ngSubmit)="submit()"
      [heading]="(data.item ? 'platform.clusters.edit' : 'platform.clusters.add') | transloco"
      [error]="error()"
      [busy]="busy()"
      saveTestId="cluster-save"
    >
      <mat-form-field class="full">
        <mat-label>{{ 'platform.clusters.name' | transloco }}</mat-label>
        <input matInput formControlName="name" required data-testid="cluster-name" />
        <mat-error>{{ errorOf('name') }}</mat-error>
      </mat-form-field>
      <mat-form-field class="full">
        <mat-label>{{ 'platform.clusters.description' | transloco }}</mat-label>
        <textarea matInput rows="3" formControlName="description" data-testid="cluster-description"></textarea>
        <mat-error>{{ errorOf('description') }}</mat-error>
      </mat-form-field>
    </mw-form-dialog>
  `,
})
export class ClusterDialog extends RecordDialog {
  protected readonly data = inject<FormDialogData<ClusterView, ClusterValues>>(MAT_DIALOG_DATA);
  protected readonly form = new FormGroup({
    name: new FormControl(this.data.item?.name ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(200), Validators.pattern(/\S/)],
    }),
    description: new FormControl(this.data.item?.description ?? '', {
      nonNullable: true,
      validators: [Validators.maxLength(5000)],
    }),
  });
}
