import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatAutocompleteModule, MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatChipsModule } from '@angular/material/chips';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { TranslocoPipe } from '@jsverse/transloco';
import { debounceTime, distinctUntilChanged, switchMap } from 'rxjs';
import { RoundCandidate, RoundsApi } from '@masswerk/dashboard/rounds/data-access';
import { FormDialog, FormDialogData, nameControl } from '@masswerk/dashboard/shared/editing';
import { FormDialogFrame, TextField } from '@masswerk/dashboard/shared/ui';

export interface OpenRoundValues {
  name: string;
  periodStart: string;
  periodEnd: string;
  dueDate: string;
  /** The measures chosen; absent for "all active measures". */
  measureIds?: string[];
}

export interface OpenRoundData extends FormDialogData<null, OpenRoundValues> {
  /** The day the API counts with, for the defaults. */
  today: string;
  projectId: string;
}

const day = () => new FormControl<string>('', { nonNullable: true, validators: [Validators.required] });

/** What most rounds look like: the half-year of today, due four weeks from today. */
export function roundDefaults(today: string): Omit<OpenRoundValues, 'measureIds'> {
  const [year, month, day] = today.split('-').map(Number);
  const firstHalf = month <= 6;
  return {
    name: `Halbjahresbericht ${year}/${firstHalf ? 1 : 2}`,
    periodStart: `${year}-${firstHalf ? '01' : '07'}-01`,
    periodEnd: `${year}-${firstHalf ? '06-30' : '12-31'}`,
    dueDate: new Date(Date.UTC(year, month - 1, day + 28)).toISOString().slice(0, 10),
  };
}

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
  imports: [
    FormDialogFrame,
    ReactiveFormsModule,
    TextField,
    TranslocoPipe,
    MatAutocompleteModule,
    MatChipsModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatRadioModule,
  ],
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
      <fieldset class="scope">
        <legend>{{ 'rounds.scope' | transloco }}</legend>
        <mat-radio-group formControlName="coverage" data-testid="round-scope">
          <mat-radio-button value="ACTIVE">{{ 'rounds.scopeActive' | transloco }}</mat-radio-button>
          <mat-radio-button value="CHOSEN">{{ 'rounds.scopeChosen' | transloco }}</mat-radio-button>
        </mat-radio-group>
        @if (form.controls.coverage.value === 'CHOSEN') {
          <mat-form-field class="choose">
            <mat-label>{{ 'rounds.chooseMeasures' | transloco }}</mat-label>
            <mat-chip-grid #grid [attr.aria-label]="'rounds.chosenMeasures' | transloco">
              @for (m of chosen(); track m.id) {
                <mat-chip-row (removed)="unchoose(m)" [attr.data-testid]="'chosen-' + m.code">
                  {{ m.code }}
                  <button
                    matChipRemove
                    type="button"
                    [attr.aria-label]="'rounds.unchoose' | transloco: { code: m.code }"
                  >
                    <mat-icon aria-hidden="true">cancel</mat-icon>
                  </button>
                </mat-chip-row>
              }
              <input
                [formControl]="search"
                [matChipInputFor]="grid"
                [matAutocomplete]="auto"
                data-testid="round-measure-search"
              />
            </mat-chip-grid>
            <mat-autocomplete #auto="matAutocomplete" (optionSelected)="choose($event)">
              @for (m of candidates(); track m.id) {
                <mat-option [value]="m">{{ m.code }} – {{ m.title }}</mat-option>
              }
            </mat-autocomplete>
            <mat-hint>{{ 'rounds.chooseHint' | transloco: { count: chosen().length } }}</mat-hint>
          </mat-form-field>
          @if (noneChosen()) {
            <p class="form-error" role="alert">{{ 'rounds.noneChosen' | transloco }}</p>
          }
        }
      </fieldset>
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
    .scope {
      border: 0;
      margin: 0;
      padding: 0;
    }
    .scope legend {
      font-weight: 500;
      margin-bottom: 0.25rem;
    }
    mat-radio-group {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1.5rem;
      margin-bottom: 0.5rem;
    }
    .choose {
      width: 100%;
    }
  `,
})
export class OpenRoundDialog extends FormDialog {
  protected readonly scope = 'rounds';
  protected readonly data = inject<OpenRoundData>(MAT_DIALOG_DATA);
  private readonly api = inject(RoundsApi);
  protected readonly form = new FormGroup(
    {
      name: nameControl(''),
      periodStart: day(),
      periodEnd: day(),
      dueDate: day(),
      coverage: new FormControl<'ACTIVE' | 'CHOSEN'>('ACTIVE', { nonNullable: true }),
    },
    { validators: periodInOrder },
  );
  /** The words typed to find a measure (the chip input). */
  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly chosen = signal<RoundCandidate[]>([]);
  protected readonly candidates = signal<RoundCandidate[]>([]);
  protected readonly noneChosen = signal(false);

  constructor() {
    super();
    this.form.setValue({ ...roundDefaults(this.data.today), coverage: 'ACTIVE' });
    this.search.valueChanges
      .pipe(
        debounceTime(200),
        distinctUntilChanged(),
        switchMap((words) => this.api.candidates(this.data.projectId, typeof words === 'string' ? words : '')),
        takeUntilDestroyed(),
      )
      .subscribe((found) => this.candidates.set(found.filter((m) => !this.chosen().some((c) => c.id === m.id))));
    toObservable(this.chosen)
      .pipe(takeUntilDestroyed())
      .subscribe((list) => list.length && this.noneChosen.set(false));
  }

  protected choose(event: MatAutocompleteSelectedEvent): void {
    const measure = event.option.value as RoundCandidate;
    if (!this.chosen().some((m) => m.id === measure.id)) this.chosen.update((list) => [...list, measure]);
    this.search.setValue('');
  }

  protected unchoose(measure: RoundCandidate): void {
    this.chosen.update((list) => list.filter((m) => m.id !== measure.id));
  }

  protected override save(): Promise<unknown> {
    const { coverage, ...values } = this.form.getRawValue();
    return this.data.save(coverage === 'CHOSEN' ? { ...values, measureIds: this.chosen().map((m) => m.id) } : values);
  }

  protected override async submit(): Promise<void> {
    if (this.form.controls.coverage.value === 'CHOSEN' && !this.chosen().length) {
      this.noneChosen.set(true);
      return;
    }
    return super.submit();
  }
}
