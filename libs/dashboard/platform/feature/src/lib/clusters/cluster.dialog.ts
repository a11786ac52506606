import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { ClusterView } from '@masswerk/dashboard/platform/data-access';
import { RecordDialog, RecordDialogData } from '../shared/platform-base';

export type ClusterValues = { name: string; description: string };

/** Creates or renames a cluster of model projects. */
@Component({
  selector: 'mw-platform-cluster-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <h2 mat-dialog-title>{{ (data.item ? 'platform.clusters.edit' : 'platform.clusters.add') | transloco }}</h2>
      <mat-dialog-content>
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
        @if (error()) {
          <p class="dialog-error" role="alert">{{ error() }}</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" [disabled]="busy()" data-testid="cluster-save">
          {{ 'common.save' | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: '../shared/dialog.scss',
})
export class ClusterDialog extends RecordDialog {
  protected readonly data = inject<RecordDialogData<ClusterView, ClusterValues>>(MAT_DIALOG_DATA);
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

  protected save(): Promise<unknown> {
    return this.data.save(this.form.getRawValue());
  }
}
