import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { UnitView } from '@masswerk/dashboard/platform/data-access';
import { TerritorialUnitKind } from '@masswerk/shared/domain';
import { FormDialogData, nameControl } from '@masswerk/dashboard/shared/editing';
import { FormDialogFrame, TextField } from '@masswerk/dashboard/shared/ui';
import { RecordDialog } from '../shared/platform-base';

export interface UnitValues {
  kind: TerritorialUnitKind;
  name: string;
  ars: string | null;
  ags: string | null;
  parentId: string | null;
}

export interface UnitDialogData extends FormDialogData<UnitView, UnitValues> {
  /** Units that can hold others: Länder, Landkreise, Verbandsgemeinden. */
  parents: UnitView[];
}

const KINDS = Object.values(TerritorialUnitKind);

/**
 * Creates or changes a territorial unit. The form checks only the shape of the keys (12 and 8 digits); whether they
 * fit the kind, each other and the parent the API decides, and its reasons appear next to the fields.
 */
@Component({
  selector: 'mw-platform-unit-dialog',
  imports: [FormDialogFrame, ReactiveFormsModule, MatFormFieldModule, MatSelectModule, TextField, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mw-form-dialog
      [formGroup]="form"
      (ngSubmit)="submit()"
      [heading]="(data.item ? 'platform.units.edit' : 'platform.units.add') | transloco"
      [error]="error()"
      [busy]="busy()"
      saveTestId="unit-save"
    >
      <div class="row">
        <mat-form-field>
          <mat-label>{{ 'platform.units.kind' | transloco }}</mat-label>
          <mat-select formControlName="kind" required data-testid="unit-kind">
            @for (k of kinds; track k) {
              <mat-option [value]="k">{{ 'platform.kind.' + k | transloco }}</mat-option>
            }
          </mat-select>
          <mat-error>{{ errorOf('kind') }}</mat-error>
        </mat-form-field>
        <mw-text-field field="name" label="platform.units.name" testId="unit-name" required />
      </div>
      <div class="row">
        @for (key of keys; track key) {
          <mw-text-field
            [field]="key"
            [label]="'platform.units.' + key"
            [hint]="'platform.units.' + key + 'Hint'"
            [messages]="{ pattern: 'platform.units.' + key + 'Pattern' }"
            inputmode="numeric"
            [testId]="'unit-' + key"
          />
        }
      </div>
      <mat-form-field class="full">
        <mat-label>{{ 'platform.units.parent' | transloco }}</mat-label>
        <mat-select formControlName="parentId" data-testid="unit-parent">
          <mat-option [value]="null">{{ 'platform.units.noParent' | transloco }}</mat-option>
          @for (p of data.parents; track p.id) {
            <mat-option [value]="p.id">{{ p.name }} ({{ 'platform.kind.' + p.kind | transloco }})</mat-option>
          }
        </mat-select>
        <mat-error>{{ errorOf('parentId') }}</mat-error>
      </mat-form-field>
    </mw-form-dialog>
  `,
})
export class UnitDialog extends RecordDialog {
  protected readonly data = inject<UnitDialogData>(MAT_DIALOG_DATA);
  protected readonly kinds = KINDS;
  /** The official keys of the unit: Amtlicher Regionalschlüssel and Amtlicher Gemeindeschlüssel. */
  protected readonly keys = ['ars', 'ags'] as const;
  private readonly item = this.data.item;

  protected readonly form = new FormGroup({
    kind: new FormControl(
      { value: (this.item?.kind as TerritorialUnitKind) ?? TerritorialUnitKind.GEMEINDE, disabled: this.item !== null },
      { nonNullable: true, validators: Validators.required },
    ),
    name: nameControl(this.item?.name ?? ''),
    ars: new FormControl(this.item?.ars ?? '', { nonNullable: true, validators: Validators.pattern(/^\d{12}$/) }),
    ags: new FormControl(this.item?.ags ?? '', { nonNullable: true, validators: Validators.pattern(/^\d{8}$/) }),
    parentId: new FormControl<string | null>(this.item?.parent?.id ?? null),
  });

  protected override save(): Promise<unknown> {
    const v = this.form.getRawValue();
    return this.data.save({ ...v, ars: v.ars.trim() || null, ags: v.ags.trim() || null });
  }
}
