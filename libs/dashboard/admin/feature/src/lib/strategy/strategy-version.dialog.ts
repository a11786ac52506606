import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  StrategyVersionValues,
  strategyVersionValues,
  StrategyVersionView,
} from '@masswerk/dashboard/admin/data-access';
import { FormDialogData, textControl } from '@masswerk/dashboard/shared/editing';
import { FormDialogFrame, TextField } from '@masswerk/dashboard/shared/ui';
import { AdminFormDialog } from '../shared/admin-base';
import { datesInOrder } from '../shared/validators';

export interface StrategyVersionDialogData extends FormDialogData<StrategyVersionView, StrategyVersionValues> {
  /** For a new version: the current one, whose vision, target pictures and values it starts from. */
  template: StrategyVersionView | null;
}

/** Adds a version of the strategy (Fassung) or changes one: adoption, resolution, acceptance by the funder. */
@Component({
  selector: 'mw-admin-strategy-version-dialog',
  imports: [FormDialogFrame, ReactiveFormsModule, TextField, TranslocoPipe],
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
      <mw-text-field
        field="label"
        label="admin.strategy.label"
        hint="admin.strategy.labelHint"
        testId="version-label"
      />
      <div class="row">
        <mw-text-field field="adoptedOn" label="admin.strategy.adoptedOn" date testId="version-adopted" />
        <mw-text-field
          field="resolutionReference"
          label="admin.strategy.resolutionReference"
          testId="version-resolution"
        />
        <mw-text-field
          field="acceptedByFunderOn"
          label="admin.strategy.acceptedByFunderOn"
          date
          testId="version-accepted"
        />
      </div>
      @if (form.hasError('dateOrder')) {
        <p class="dialog-error" role="alert">{{ 'admin.strategy.dateOrder' | transloco }}</p>
      }
      <mw-text-field field="vision" label="admin.strategy.vision" [rows]="3" />
      <div class="row">
        <mw-text-field
          field="targetPictures"
          label="admin.strategy.targetPictures"
          hint="admin.form.onePerLine"
          [rows]="4"
        />
        <mw-text-field field="values" label="admin.strategy.values" hint="admin.form.onePerLine" [rows]="4" />
      </div>
      <mw-text-field field="notes" label="admin.form.notes" [rows]="2" />
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
      label: textControl(this.start.label, 200),
      adoptedOn: new FormControl(this.start.adoptedOn, { nonNullable: true }),
      resolutionReference: textControl(this.start.resolutionReference, 200),
      acceptedByFunderOn: new FormControl(this.start.acceptedByFunderOn, { nonNullable: true }),
      vision: textControl(this.start.vision, 20000),
      targetPictures: new FormControl(this.start.targetPictures, { nonNullable: true }),
      values: new FormControl(this.start.values, { nonNullable: true }),
      notes: textControl(this.start.notes, 20000),
    },
    { validators: [datesInOrder('adoptedOn', 'acceptedByFunderOn')] },
  );
}
