import { DateInputDirective } from '@masswerk/dashboard/shared/util';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  StrategyVersionValues,
  strategyVersionValues,
  StrategyVersionView,
} from '@masswerk/dashboard/admin/data-access';
import { FormDialogData } from '@masswerk/dashboard/shared/editing';
import { FormDialogFrame } from '@masswerk/dashboard/shared/ui';
import { AdminFormDialog } from '../shared/admin-base';
import { datesInOrder } from '../shared/validators';

export interface StrategyVersionDialogData extends FormDialogData<StrategyVersionView, StrategyVersionValues> {
  /** For a new version: the current one, whose vision, target pictures and values it starts from. */
  template: StrategyVersionView | null;
}

/** Adds a version of the strategy (Fassung) or changes one: adoption, resolution, acceptance by the funder. */
@Component({
  selector: 'mw-admin-strategy-version-dialog',
  imports: [
    FormDialogFrame,
    DateInputDirective,
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mw-form-dialog
      [formGroup]="form"
      (ngSubmit)="submit()"
      [heading]="
        data.item
          ? ('admin.strategy.editVersionTitle' | transloco: { number: data.item.versionNumber })
          : ('admin.strategy.addVersion' | transloco)
      "
      [error]="error()"
      [busy]="busy()"
      saveTestId="version-save"
    >
      @if (!data.item && data.template) {
        <p class="hint">{{ 'admin.strategy.templateHint' | transloco: { number: data.template.versionNumber } }}</p>
      }
      <mat-form-field class="full">
        <mat-label>{{ 'admin.strategy.label' | transloco }}</mat-label>
        <input matInput formControlName="label" data-testid="version-label" />
        <mat-hint>{{ 'admin.strategy.labelHint' | transloco }}</mat-hint>
        <mat-error>{{ errorOf('label') }}</mat-error>
      </mat-form-field>
      <div class="row">
        <mat-form-field>
          <mat-label>{{ 'admin.strategy.adoptedOn' | transloco }}</mat-label>
          <input matInput mwDateInput formControlName="adoptedOn" data-testid="version-adopted" />
          <mat-error>{{ errorOf('adoptedOn') }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'admin.strategy.resolutionReference' | transloco }}</mat-label>
          <input matInput formControlName="resolutionReference" data-testid="version-resolution" />
          <mat-error>{{ errorOf('resolutionReference') }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'admin.strategy.acceptedByFunderOn' | transloco }}</mat-label>
          <input matInput mwDateInput formControlName="acceptedByFunderOn" data-testid="version-accepted" />
          <mat-error>{{ errorOf('acceptedByFunderOn') }}</mat-error>
        </mat-form-field>
      </div>
      @if (form.hasError('dateOrder')) {
        <p class="dialog-error" role="alert">{{ 'admin.strategy.dateOrder' | transloco }}</p>
      }
      <mat-form-field class="full">
        <mat-label>{{ 'admin.strategy.vision' | transloco }}</mat-label>
        <textarea matInput rows="3" formControlName="vision"></textarea>
        <mat-error>{{ errorOf('vision') }}</mat-error>
      </mat-form-field>
      <div class="row">
        <mat-form-field>
          <mat-label>{{ 'admin.strategy.targetPictures' | transloco }}</mat-label>
          <textarea matInput rows="4" formControlName="targetPictures"></textarea>
          <mat-hint>{{ 'admin.form.onePerLine' | transloco }}</mat-hint>
          <mat-error>{{ errorOf('targetPictures') }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'admin.strategy.values' | transloco }}</mat-label>
          <textarea matInput rows="4" formControlName="values"></textarea>
          <mat-hint>{{ 'admin.form.onePerLine' | transloco }}</mat-hint>
          <mat-error>{{ errorOf('values') }}</mat-error>
        </mat-form-field>
      </div>
      <mat-form-field class="full">
        <mat-label>{{ 'admin.form.notes' | transloco }}</mat-label>
        <textarea matInput rows="2" formControlName="notes"></textarea>
        <mat-error>{{ errorOf('notes') }}</mat-error>
      </mat-form-field>
    </mw-form-dialog>
  `,
})
export class StrategyVersionDialog extends AdminFormDialog {
  protected readonly data = inject<StrategyVersionDialogData>(MAT_DIALOG_DATA);
  private readonly start: StrategyVersionValues = this.data.item
    ? strategyVersionValues(this.data.item)
    : {
        ...strategyVersionValues(null),
        ...(this.data.template && {
          vision: this.data.template.vision,
          targetPictures: this.data.template.targetPictures.join('\n'),
          values: this.data.template.values.join('\n'),
        }),
      };

  protected readonly form = new FormGroup(
    {
      label: new FormControl(this.start.label, { nonNullable: true, validators: [Validators.maxLength(200)] }),
      adoptedOn: new FormControl(this.start.adoptedOn, { nonNullable: true }),
      resolutionReference: new FormControl(this.start.resolutionReference, {
        nonNullable: true,
        validators: [Validators.maxLength(200)],
      }),
      acceptedByFunderOn: new FormControl(this.start.acceptedByFunderOn, { nonNullable: true }),
      vision: new FormControl(this.start.vision, { nonNullable: true, validators: [Validators.maxLength(20000)] }),
      targetPictures: new FormControl(this.start.targetPictures, { nonNullable: true }),
      values: new FormControl(this.start.values, { nonNullable: true }),
      notes: new FormControl(this.start.notes, { nonNullable: true, validators: [Validators.maxLength(20000)] }),
    },
    { validators: [datesInOrder('adoptedOn', 'acceptedByFunderOn')] },
  );
}
