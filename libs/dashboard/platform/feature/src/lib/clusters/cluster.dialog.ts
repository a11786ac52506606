import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { TranslocoPipe } from '@jsverse/transloco';
import { ClusterView } from '@masswerk/dashboard/platform/data-access';
import { FormDialogData, nameControl, textControl } from '@masswerk/dashboard/shared/editing';
import { FormDialogFrame, TextField } from '@masswerk/dashboard/shared/ui';
import { RecordDialog } from '../shared/platform-base';

export type ClusterValues = { name: string; description: string };

/** Creates or renames a cluster of model projects. */
@Component({
  selector: 'mw-platform-cluster-dialog',
  imports: [FormDialogFrame, ReactiveFormsModule, TextField, TranslocoPipe],
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
      <mw-text-field field="name" label="platform.clusters.name" testId="cluster-name" required />
      <mw-text-field
        field="description"
        label="platform.clusters.description"
        [rows]="3"
        testId="cluster-description"
      />
    </mw-form-dialog>
  `,
})
export class ClusterDialog extends RecordDialog {
  protected readonly data = inject<FormDialogData<ClusterView, ClusterValues>>(MAT_DIALOG_DATA);
  protected readonly form = new FormGroup({
    name: nameControl(this.data.item?.name ?? ''),
    description: textControl(this.data.item?.description ?? ''),
  });
}
