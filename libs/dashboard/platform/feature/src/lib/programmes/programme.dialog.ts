import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { ProgrammeView } from '@masswerk/dashboard/platform/data-access';
import { euroValidator, LanguageService, moneyForInput, parseEuroInput } from '@masswerk/dashboard/shared/util';
import { FormDialogData } from '@masswerk/dashboard/shared/editing';
import { FormDialogFrame } from '@masswerk/dashboard/shared/ui';
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
  imports: [FormDialogFrame, ReactiveFormsModule, MatFormFieldModule, MatInputModule, TranslocoPipe],
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
        <mat-form-field>
          <mat-label>{{ 'platform.programmes.code' | transloco }}</mat-label>
          <input matInput formControlName="code" required data-testid="programme-code" />
          <mat-error>{{ errorOf('code') }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'platform.programmes.funder' | transloco }}</mat-label>
          <input matInput formControlName="funder" required data-testid="programme-funder" />
          <mat-error>{{ errorOf('funder') }}</mat-error>
        </mat-form-field>
      </div>
      <mat-form-field class="full">
        <mat-label>{{ 'platform.programmes.name' | transloco }}</mat-label>
        <input matInput formControlName="name" required data-testid="programme-name" />
        <mat-error>{{ errorOf('name') }}</mat-error>
      </mat-form-field>
      <div class="row">
        <mat-form-field>
          <mat-label>{{ 'platform.programmes.standardRate' | transloco }}</mat-label>
          <input matInput type="number" formControlName="standardRate" required data-testid="programme-rate" />
          <span matTextSuffix>%</span>
          <mat-error>{{ errorOf('standardRate', rateMessages) }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'platform.programmes.emergencyRate' | transloco }}</mat-label>
          <input matInput type="number" formControlName="emergencyRate" required />
          <span matTextSuffix>%</span>
          <mat-error>{{ errorOf('emergencyRate', rateMessages) }}</mat-error>
        </mat-form-field>
      </div>
      <div class="row">
        @for (f of money; track f) {
          <mat-form-field>
            <mat-label>{{ 'platform.programmes.' + f | transloco }}</mat-label>
            <input matInput [formControlName]="f" required inputmode="decimal" [attr.data-testid]="'programme-' + f" />
            <span matTextSuffix>€</span>
            <mat-error>{{ errorOf(f) }}</mat-error>
          </mat-form-field>
        }
      </div>
      <div class="row">
        @for (f of months; track f) {
          <mat-form-field>
            <mat-label>{{ 'platform.programmes.' + f | transloco }}</mat-label>
            <input matInput type="number" [formControlName]="f" required />
            <mat-error>{{ errorOf(f, monthMessages) }}</mat-error>
          </mat-form-field>
        }
      </div>
    </mw-form-dialog>
  `,
})
export class ProgrammeDialog extends RecordDialog {
  protected readonly data = inject<FormDialogData<ProgrammeView, ProgrammeValues>>(MAT_DIALOG_DATA);
  private readonly language = inject(LanguageService);
  protected readonly money = MONEY;
  protected readonly months = MONTHS;
  protected readonly rateMessages = { min: 'platform.programmes.rateRange', max: 'platform.programmes.rateRange' };
  protected readonly monthMessages = { min: 'platform.programmes.monthRange', max: 'platform.programmes.monthRange' };
  private readonly item = this.data.item;
  private readonly lang = () => this.language.language();

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
    code: new FormControl(
      { value: this.item?.code ?? '', disabled: this.item !== null },
      { nonNullable: true, validators: [Validators.required, Validators.maxLength(40)] },
    ),
    name: new FormControl(
      { value: this.item?.name ?? '', disabled: this.item !== null },
      { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] },
    ),
    funder: new FormControl(
      { value: this.item?.funder ?? '', disabled: this.item !== null },
      { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] },
    ),
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
