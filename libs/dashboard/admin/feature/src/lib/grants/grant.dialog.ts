import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  ValidationErrors,
  ValidatorFn,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  GrantPhaseView,
  grantSharesProblem,
  GrantValues,
  GrantView,
  sharesAtRate,
} from '@masswerk/dashboard/admin/data-access';
import {
  euroValidator,
  LanguageService,
  moneyForInput,
  MwMoneyPipe,
  parseEuroInput,
  parsePercentInput,
  MwPercentPipe,
} from '@masswerk/dashboard/shared/util';
import { FormDialogData, textControl } from '@masswerk/dashboard/shared/editing';
import { FormDialogFrame, TextField } from '@masswerk/dashboard/shared/ui';
import { AdminFormDialog } from '../shared/admin-base';
import { datesInOrder } from '../shared/validators';

export interface GrantDialogData extends FormDialogData<GrantView, GrantValues> {
  phase: GrantPhaseView;
}

function percent(c: AbstractControl): ValidationErrors | null {
  const text = String(c.value ?? '').trim();
  return text && parsePercentInput(text) === null ? { percent: true } : null;
}

/** Grant and own share must add up to the eligible costs, and the grant may not exceed them (as the API checks). */
function sharesAddUp(language: () => string): ValidatorFn {
  return (g: AbstractControl): ValidationErrors | null => {
    const eligible = parseEuroInput(g.get('eligibleCosts')?.value, language());
    if (eligible === null) return null;
    const problem = grantSharesProblem(
      eligible,
      parseEuroInput(g.get('grantAmount')?.value, language()),
      parseEuroInput(g.get('ownShare')?.value, language()),
    );
    return problem ? { [problem]: true } : null;
  };
}

/**
 * Records or changes the grant (Zusage, Förderbescheid) of a phase. Amounts are typed in euros as people write them;
 * grant and own share can be computed from the funding rate exactly as the API would.
 */
@Component({
  selector: 'mw-admin-grant-dialog',
  imports: [
    FormDialogFrame,
    MwPercentPipe,
    ReactiveFormsModule,
    TextField,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    TranslocoPipe,
    MwMoneyPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mw-form-dialog
      [formGroup]="form"
      (ngSubmit)="submit()"
      [heading]="
        (data.item ? 'admin.grants.editTitle' : 'admin.grants.addTitle')
          | transloco: { phase: ('phase.' + data.phase.phase | transloco) }
      "
      [error]="error()"
      [busy]="busy()"
      saveTestId="grant-save"
    >
      <div class="row">
        <mw-text-field field="commitmentNumber" label="admin.grants.commitmentNumber" testId="grant-number" />
        <mw-text-field
          field="commitmentDate"
          label="admin.grants.commitmentDate"
          hint="admin.grants.commitmentDateHint"
          date
          testId="grant-date"
          noError
        />
      </div>
      <div class="row">
        <mw-text-field
          field="eligibleCosts"
          label="admin.grants.eligibleCosts"
          hint="admin.grants.amountHint"
          euro
          [messages]="messages"
          testId="grant-eligible"
          required
        />
        <mat-form-field>
          <mat-label>{{ 'admin.grants.fundingRate' | transloco }}</mat-label>
          <input matInput inputmode="decimal" formControlName="fundingRate" data-testid="grant-rate" />
          <span matTextSuffix>%</span>
          @if (!data.item) {
            <mat-hint>{{
              'admin.grants.rateHint' | transloco: { rate: (data.phase.fundingRate | mwPercent: 2) }
            }}</mat-hint>
          }
          <mat-error>{{ errorOf('fundingRate', messages) }}</mat-error>
        </mat-form-field>
      </div>
      <div class="row">
        @for (share of shares; track share.field) {
          <mw-text-field
            [field]="share.field"
            [label]="'admin.grants.' + share.field"
            [hint]="data.item ? undefined : 'admin.grants.computedWhenEmpty'"
            euro
            [messages]="messages"
            [testId]="share.testId"
            [required]="!!data.item"
          />
        }
      </div>
      <div class="compute">
        <button
          mat-stroked-button
          type="button"
          (click)="compute()"
          [disabled]="!canCompute()"
          data-testid="grant-compute"
        >
          <mat-icon aria-hidden="true">calculate</mat-icon>{{ 'admin.grants.compute' | transloco }}
        </button>
        <span class="hint" aria-live="polite">
          @if (preview(); as p) {
            {{
              'admin.grants.preview'
                | transloco
                  : { rate: (p.rate | mwPercent: 2), grant: (p.grantAmount | mwMoney), own: (p.ownShare | mwMoney) }
            }}
          }
        </span>
      </div>
      @if (form.hasError('sharesDoNotAddUp') || form.hasError('grantExceedsCosts')) {
        <p class="dialog-error" role="alert">
          {{
            (form.hasError('grantExceedsCosts') ? 'admin.grants.grantExceedsCosts' : 'admin.grants.sharesDoNotAddUp')
              | transloco
          }}
        </p>
      }
      <div class="row">
        <mw-text-field field="periodStart" label="admin.grants.periodStart" date testId="grant-start" noError />
        <mw-text-field field="periodEnd" label="admin.grants.periodEnd" date testId="grant-end" />
      </div>
      @if (form.hasError('dateOrder')) {
        <p class="dialog-error" role="alert">{{ 'edit.dateOrder' | transloco }}</p>
      }
      <mw-text-field field="notes" label="admin.form.notes" [rows]="2" />
    </mw-form-dialog>
  `,
  styleUrl: './grant.dialog.scss',
})
export class GrantDialog extends AdminFormDialog {
  protected readonly data = inject<GrantDialogData>(MAT_DIALOG_DATA);
  private readonly language = inject(LanguageService).language;
  private readonly lang = () => this.language();
  /** Grant and own share, which the dialog can compute. */
  protected readonly shares = [
    { field: 'grantAmount', testId: 'grant-amount' },
    { field: 'ownShare', testId: 'grant-own' },
  ];
  protected readonly messages = {
    euro: 'form.euro',
    percent: 'form.percent',
  };

  private readonly g = this.data.item;
  protected readonly form = new FormGroup(
    {
      commitmentNumber: textControl(this.g?.commitmentNumber ?? '', 100),
      commitmentDate: new FormControl(this.g?.commitmentDate ?? '', { nonNullable: true }),
      eligibleCosts: new FormControl(moneyForInput(this.g?.eligibleCosts, this.lang()), {
        nonNullable: true,
        validators: [euroValidator(this.lang, { required: true })],
      }),
      fundingRate: new FormControl(
        String(this.g?.fundingRate ?? this.data.phase.fundingRate).replace('.', this.lang() === 'de' ? ',' : '.'),
        { nonNullable: true, validators: [percent] },
      ),
      grantAmount: new FormControl(moneyForInput(this.g?.grantAmount, this.lang()), {
        nonNullable: true,
        validators: [euroValidator(this.lang, { required: !!this.g })],
      }),
      ownShare: new FormControl(moneyForInput(this.g?.ownShare, this.lang()), {
        nonNullable: true,
        validators: [euroValidator(this.lang, { required: !!this.g })],
      }),
      periodStart: new FormControl(this.g?.periodStart ?? '', { nonNullable: true }),
      periodEnd: new FormControl(this.g?.periodEnd ?? '', { nonNullable: true }),
      notes: textControl(this.g?.notes ?? ''),
    },
    { validators: [sharesAddUp(this.lang), datesInOrder('periodStart', 'periodEnd')] },
  );

  private readonly values = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });
  /** Grant and own share at the typed rate, as the API would compute them. */
  protected readonly preview = computed(() => {
    const v = this.values();
    const eligible = parseEuroInput(v.eligibleCosts, this.lang());
    const rate = parsePercentInput(v.fundingRate) ?? (v.fundingRate ? null : this.data.phase.fundingRate);
    if (eligible === null || rate === null) return null;
    return { rate, ...sharesAtRate(eligible, rate) };
  });
  protected readonly canCompute = computed(() => this.preview() !== null);

  protected compute(): void {
    const p = this.preview();
    if (!p) return;
    this.form.patchValue({
      grantAmount: moneyForInput(p.grantAmount, this.lang()),
      ownShare: moneyForInput(p.ownShare, this.lang()),
    });
  }
}
