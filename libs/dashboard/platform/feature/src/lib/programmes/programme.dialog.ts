import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { TranslocoPipe } from '@jsverse/transloco';
import { ProgrammeView } from '@masswerk/dashboard/platform/data-access';
import { euroValidator, LanguageService, moneyForInput, parseEuroInput } from '@masswerk/dashboard/shared/util';
import { fixedOnceCreated, FormDialogData } from '@masswerk/dashboard/shared/editing';
import { FormDialogFrame, TextField } from '@masswerk/dashboard/shared/ui';
import { RecordDialog } from '../shared/platform-base';

export interface ProgrammeValues {
  code: string;
  name: string;
  funder: string;
  standardRate: number;
  emergencyRate: number;
  phaseACap: string;
  phaseAMeasuresCap: string;
  phaseBCap: string;
  proofMonthsA: number;
  proofMonthsB: number;
  interimProofMonths: number;
}

const MONEY = ['phaseACap', 'phaseAMeasuresCap', 'phaseBCap'] as const;
const MONTHS = ['proofMonthsA', 'proofMonthsB', 'interimProofMonths'] as const;

/** Creates a funding programme or changes its figures (rates, caps, proof deadlines); code and name stay. */
@Component({
  selector: 'mw-platform-programme-dialog',
  imports: [FormDialogFrame, ReactiveFormsModule, TextField, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mw-form-dialog
      [formGroup]="form"
      (ngSubmit)="submit()"
      [heading]="(data.item ? 'platform.programmes.edit' : 'platform.programmes.add') | transloco"
      [error]="error()"
      [busy]="busy()"
      saveTestId="programme-save"
    >
      <div class="row">
        <mw-text-field field="code" label="platform.programmes.code" testId="programme-code" required />
        <mw-text-field field="funder" label="platform.programmes.funder" testId="programme-funder" required />
      </div>
      <mw-text-field field="name" label="platform.programmes.name" testId="programme-name" required />
      <div class="row">
        @for (f of rates; track f.field) {
          <mw-text-field
            [field]="f.field"
            [label]="'platform.programmes.' + f.field"
            type="number"
            suffix="%"
            [messages]="rateMessages"
            [testId]="f.testId"
            required
          />
        }
      </div>
      <div class="row">
        @for (f of money; track f) {
          <mw-text-field [field]="f" [label]="'platform.programmes.' + f" euro [testId]="'programme-' + f" required />
        }
      </div>
      <div class="row">
        @for (f of months; track f) {
          <mw-text-field
            [field]="f"
            [label]="'platform.programmes.' + f"
            type="number"
            [messages]="monthMessages"
            required
          />
        }
      </div>
    </mw-form-dialog>
  `,
})
export class ProgrammeDialog extends RecordDialog {
  protected readonly data = inject<FormDialogData<ProgrammeView, ProgrammeValues>>(MAT_DIALOG_DATA);
  private readonly language = inject(LanguageService);
  protected readonly rates = [
    { field: 'standardRate', testId: 'programme-rate' },
    { field: 'emergencyRate', testId: undefined },
  ];
  protected readonly money = MONEY;
  protected readonly months = MONTHS;
  protected readonly rateMessages = { min: 'platform.programmes.rateRange', max: 'platform.programmes.rateRange' };
  protected readonly monthMessages = { min: 'platform.programmes.monthRange', max: 'platform.programmes.monthRange' };
  private readonly item = this.data.item;
  private readonly lang = () => this.language.language();

  /** Code, name and funder: given once, when the programme is created. */
  private fixed(value: string | undefined, max: number) {
    return fixedOnceCreated(value ?? '', this.item !== null, Validators.required, Validators.maxLength(max));
  }

  private euro(value: string | undefined) {
    return new FormControl(value ? moneyForInput(value, this.lang()) : '', {
      nonNullable: true,
      validators: euroValidator(this.lang, { required: true }),
    });
  }

  private count(value: number | undefined, fallback: number) {
    return new FormControl(value ?? fallback, {
      nonNullable: true,
      validators: [Validators.required, Validators.min(0), Validators.max(120)],
    });
  }

  private rate(value: number | undefined, fallback: number) {
    return new FormControl(value ?? fallback, {
      nonNullable: true,
      validators: [Validators.required, Validators.min(0), Validators.max(100)],
    });
  }

  protected readonly form = new FormGroup({
    code: this.fixed(this.item?.code, 40),
    name: this.fixed(this.item?.name, 200),
    funder: this.fixed(this.item?.funder, 200),
    standardRate: this.rate(this.item?.standardRate, 65),
    emergencyRate: this.rate(this.item?.emergencyRate, 90),
    phaseACap: this.euro(this.item?.phaseACap),
    phaseAMeasuresCap: this.euro(this.item?.phaseAMeasuresCap),
    phaseBCap: this.euro(this.item?.phaseBCap),
    proofMonthsA: this.count(this.item?.proofMonthsA, 6),
    proofMonthsB: this.count(this.item?.proofMonthsB, 6),
    interimProofMonths: this.count(this.item?.interimProofMonths, 12),
  });

  protected override save(): Promise<unknown> {
    const v = this.form.getRawValue();
    const amount = (text: string) => parseEuroInput(text, this.lang()) ?? text;
    return this.data.save({
      ...v,
      standardRate: Number(v.standardRate),
      emergencyRate: Number(v.emergencyRate),
      phaseACap: amount(v.phaseACap),
      phaseAMeasuresCap: amount(v.phaseAMeasuresCap),
      phaseBCap: amount(v.phaseBCap),
      proofMonthsA: Number(v.proofMonthsA),
      proofMonthsB: Number(v.proofMonthsB),
      interimProofMonths: Number(v.interimProofMonths),
    });
  }
}
