import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import {
  AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { TranslocoPipe } from '@jsverse/transloco';
import { FormDialog, FormDialogData, nameControl } from '@masswerk/dashboard/shared/editing';
import { FormDialogFrame, TextField } from '@masswerk/dashboard/shared/ui';

export interface OpenRoundValues {
  name: string;
  periodStart: string;
  periodEnd: string;
  dueDate: string;
}

export interface OpenRoundData extends FormDialogData<null, OpenRoundValues> {
  /** The day the API counts with, for the defaults. */
  today: string;
}

const day = () => new FormControl<string>('', { nonNullable: true, validators: [Validators.required] });

function periodInOrder(group: AbstractControl): ValidationErrors | null {
  const start = group.get('periodStart')?.value as string;
  const end = group.get('periodEnd')?.value as string;
  return start && end && end < start ? { periodOrder: true } : null;
}

/**
 * Opens a reporting round: its name, the period it reports on and the day the reports are due. The round takes the
 * project's active measures; everyone responsible for one is asked for a report in their notifications and by mail.
 */
@Component({
  selector: 'mw-open-round-dialog',
  imports: [FormDialogFrame, ReactiveFormsModule, TextField, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mw-form-dialog
      [formGroup]="form"
      (ngSubmit)="submit()"
      [heading]="'rounds.openTitle' | transloco"
      [error]="error()"
      [busy]="busy()"
      saveTestId="round-save"
      [saveLabel]="'rounds.openAction' | transloco"
    >
      <p class="muted">{{ 'rounds.openIntro' | transloco }}</p>
      <mw-text-field field="name" label="rounds.name" hint="rounds.nameHint" testId="round-name" required />
      <div class="row">
        <mw-text-field field="periodStart" label="rounds.periodStart" date testId="round-start" required />
        <mw-text-field field="periodEnd" label="rounds.periodEnd" date testId="round-end" required />
      </div>
      @if (form.hasError('periodOrder')) {
        <p class="form-error" role="alert">{{ 'rounds.periodOrder' | transloco }}</p>
      }
      <mw-text-field
        field="dueDate"
        label="rounds.dueDate"
        hint="rounds.dueDateHint"
        date
        testId="round-due"
        required
      />
    </mw-form-dialog>
  `,
  styles: `
    .row {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
      gap: 0 1rem;
    }
    .form-error {
      color: #b00020;
      margin: 0 0 1rem;
    }
  `,
})
export class OpenRoundDialog extends FormDialog {
  protected readonly scope = 'rounds';
  protected readonly data = inject<OpenRoundData>(MAT_DIALOG_DATA);
  protected readonly form = new FormGroup(
    { name: nameControl(''), periodStart: day(), periodEnd: day(), dueDate: day() },
    { validators: periodInOrder },
  );

  constructor() {
    super();
    // a half-year ending this year, due a month from today: what most rounds look like
    const [year, month] = this.data.today.split('-').map(Number);
    const firstHalf = month <= 6;
    const due = new Date(Date.UTC(year, month - 1, Number(this.data.today.slice(8)) + 28)).toISOString().slice(0, 10);
    this.form.setValue({
      name: `Halbjahresbericht ${year}/${firstHalf ? 1 : 2}`,
      periodStart: `${year}-${firstHalf ? '01' : '07'}-01`,
      periodEnd: `${year}-${firstHalf ? '06-30' : '12-31'}`,
      dueDate: due,
    });
  }
}
