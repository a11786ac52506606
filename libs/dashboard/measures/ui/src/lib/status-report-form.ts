import { ChangeDetectionStrategy, Component, effect, input, output, untracked } from '@angular/core';
import {
  AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { TranslocoPipe } from '@jsverse/transloco';
import { TRAFFIC_LIGHTS, TrafficLight } from '@masswerk/shared/domain';
import { DateInputDirective, MwDatePipe } from '@masswerk/dashboard/shared/util';

export interface StatusReportDraft {
  /** The day the report speaks for (`YYYY-MM-DD`): today unless filed for an earlier reporting deadline. */
  reportDate: string;
  trafficLight: `${TrafficLight}`;
  progress: number;
  achieved: string;
  nextSteps: string;
  risks: string;
}

/** Refuses a day after `today()` (none when today is unknown): a report cannot speak for the future. */
export function notAfter(today: () => string | null) {
  return (control: AbstractControl<string | null>): ValidationErrors | null => {
    const limit = today();
    return control.value && limit && control.value > limit ? { future: true } : null;
  };
}

/**
 * A status report in under a minute: traffic light, progress and three short texts. Knows nothing about the API;
 * the page saves what it emits and passes back field errors.
 */
@Component({
  selector: 'mw-status-report-form',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    MatButtonModule,
    TranslocoPipe,
    DateInputDirective,
    MwDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="status-report-form">
      <mat-form-field class="date">
        <mat-label>{{ 'report.date' | transloco }}</mat-label>
        <input matInput mwDateInput formControlName="reportDate" required data-testid="report-date" />
        @if (today()) {
          <mat-hint>{{ 'report.dateHint' | transloco: { today: (today() | mwDate) } }}</mat-hint>
        }
        @if (form.controls.reportDate.hasError('future')) {
          <mat-error>{{ 'report.dateFuture' | transloco }}</mat-error>
        } @else if (form.controls.reportDate.hasError('date')) {
          <mat-error>{{ 'form.date' | transloco }}</mat-error>
        } @else {
          <mat-error>{{ 'form.required' | transloco }}</mat-error>
        }
      </mat-form-field>
      <fieldset class="lights">
        <legend>{{ 'report.trafficLight' | transloco }}</legend>
        <mat-radio-group formControlName="trafficLight" [attr.aria-label]="'report.trafficLight' | transloco">
          @for (light of lights; track light) {
            <mat-radio-button [value]="light" [attr.data-testid]="'light-' + light">{{
              'trafficLight.' + light | transloco
            }}</mat-radio-button>
          }
        </mat-radio-group>
        @if (form.controls.trafficLight.touched && form.controls.trafficLight.invalid) {
          <p class="field-error" role="alert">{{ 'form.required' | transloco }}</p>
        }
      </fieldset>
      <mat-form-field class="progress">
        <mat-label>{{ 'report.progress' | transloco }}</mat-label>
        <input
          matInput
          type="number"
          min="0"
          max="100"
          step="5"
          formControlName="progress"
          data-testid="report-progress"
        />
        <span matTextSuffix>%</span>
        @if (form.controls.progress.invalid) {
          <mat-error>{{ 'form.percent' | transloco }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'report.achieved' | transloco }}</mat-label>
        <textarea
          matInput
          rows="2"
          formControlName="achieved"
          maxlength="5000"
          data-testid="report-achieved"
        ></textarea>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'report.nextSteps' | transloco }}</mat-label>
        <textarea matInput rows="2" formControlName="nextSteps" maxlength="5000"></textarea>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'report.risks' | transloco }}</mat-label>
        <textarea matInput rows="2" formControlName="risks" maxlength="5000"></textarea>
      </mat-form-field>
      @if (serverError()) {
        <p class="server-error" role="alert">{{ serverError() }}</p>
      }
      <div class="actions">
        <button mat-flat-button type="submit" [disabled]="busy()" data-testid="save-report">
          {{ (initial() ? 'report.saveCorrection' : 'report.save') | transloco }}
        </button>
        <button mat-button type="button" (click)="cancelled.emit()">{{ 'common.cancel' | transloco }}</button>
      </div>
    </form>
  `,
  styles: `
    form {
      display: flex;
      flex-direction: column;
      gap: 0.75rem;
    }
    .lights {
      border: 0;
      padding: 0;
      margin: 0;
    }
    legend {
      font-weight: 500;
      margin-bottom: 0.25rem;
    }
    mat-radio-group {
      display: flex;
      gap: 1rem;
      flex-wrap: wrap;
    }
    .progress,
    .date {
      width: 200px;
    }
    .field-error,
    .server-error {
      color: #8c1d18;
      margin: 0.25rem 0 0;
    }
    .server-error {
      padding: 0.6rem;
      background: #fdecea;
      border-radius: 0.5rem;
    }
    .actions {
      display: flex;
      gap: 0.5rem;
    }
  `,
})
export class StatusReportForm {
  readonly initialProgress = input(0);
  /** The API's today: the date a new report gets, and the latest it may carry. */
  readonly today = input<string | null>(null);
  /** The report to correct; a new one when null. Read once: a reload of the page keeps what was typed. */
  readonly initial = input<StatusReportDraft | null>(null);
  readonly busy = input(false);
  readonly serverError = input<string | null>(null);
  readonly saved = output<StatusReportDraft>();
  readonly cancelled = output<void>();
  protected readonly lights = TRAFFIC_LIGHTS;

  protected readonly form = new FormGroup({
    reportDate: new FormControl<string | null>(null, {
      validators: [Validators.required, notAfter(() => this.today())],
    }),
    trafficLight: new FormControl<StatusReportDraft['trafficLight'] | null>(null, {
      validators: [Validators.required],
    }),
    progress: new FormControl(0, {
      nonNullable: true,
      validators: [Validators.required, Validators.min(0), Validators.max(100)],
    }),
    achieved: new FormControl('', { nonNullable: true }),
    nextSteps: new FormControl('', { nonNullable: true }),
    risks: new FormControl('', { nonNullable: true }),
  });

  constructor() {
    // follows the measure's progress until the user types one: a reload of the page must not overwrite the draft
    effect(() => {
      const progress = this.initialProgress();
      untracked(() => {
        if (this.form.controls.progress.pristine && !this.initial()) this.form.controls.progress.setValue(progress);
      });
    });
    // a new report is dated today until the user picks another day
    effect(() => {
      const today = this.today();
      untracked(() => {
        const date = this.form.controls.reportDate;
        if (date.pristine && !this.initial() && today) date.setValue(today);
        date.updateValueAndValidity();
      });
    });
    effect(() => {
      const initial = this.initial();
      untracked(() => {
        if (initial && this.form.pristine) this.form.setValue(initial);
      });
    });
  }

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    this.saved.emit({
      ...value,
      reportDate: value.reportDate as string,
      trafficLight: value.trafficLight as StatusReportDraft['trafficLight'],
    });
  }
}
