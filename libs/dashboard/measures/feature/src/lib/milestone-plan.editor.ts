import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal, untracked } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { MeasureDetail, MeasuresApi } from '@masswerk/dashboard/measures/data-access';
import { injectSaveForm } from '@masswerk/dashboard/shared/data-access';
import { FormError } from '@masswerk/dashboard/shared/ui';
import { DateInputDirective, MwDatePipe } from '@masswerk/dashboard/shared/util';
import {
  milestonePlanForm,
  toCreateMilestoneInput,
  toMilestoneChanges,
  toMilestonePlanValues,
} from './milestone-plan.form';

type Milestone = MeasureDetail['milestones'][number];

/**
 * Adds a milestone or changes its plan (title, baseline, forecast, weight). A refused save keeps what was typed;
 * after a conflict the page reloads, the form shows what someone else changed, and saving again applies the draft
 * on top of the new version.
 */
@Component({
  selector: 'mw-milestone-plan-editor',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslocoPipe,
    DateInputDirective,
    MwDatePipe,
    FormError,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="milestone-plan-form">
      <h3 class="sub" [id]="headingId">
        {{ (milestone() ? 'milestone.editPlan' : 'milestone.add') | transloco: { title: milestone()?.title } }}
      </h3>
      <mw-form-error [message]="error()" />
      @if (conflicts().length) {
        <ul class="conflict" data-testid="milestone-plan-conflict">
          @for (c of conflicts(); track c.field) {
            <li>{{ 'milestone.' + c.field | transloco }}: {{ c.date !== undefined ? (c.date | mwDate) : c.value }}</li>
          }
        </ul>
      }
      <div class="fields">
        <mat-form-field class="title">
          <mat-label>{{ 'milestone.title' | transloco }}</mat-label>
          <input matInput formControlName="title" required maxlength="300" data-testid="milestone-title" />
          <mat-error>{{ 'form.required' | transloco }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'milestone.baseline' | transloco }}</mat-label>
          <input matInput mwDateInput formControlName="baselineDate" required data-testid="milestone-baseline" />
          <mat-error>{{
            (form.controls.baselineDate.hasError('date') ? 'form.date' : 'form.required') | transloco
          }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'milestone.forecast' | transloco }}</mat-label>
          <input matInput mwDateInput formControlName="forecastDate" data-testid="milestone-plan-forecast" />
          <mat-error>{{ 'form.date' | transloco }}</mat-error>
        </mat-form-field>
        <mat-form-field class="weight">
          <mat-label>{{ 'milestone.weight' | transloco }}</mat-label>
          <input
            matInput
            type="number"
            min="0"
            max="100"
            step="1"
            formControlName="weight"
            data-testid="milestone-weight"
          />
          <mat-hint>{{ 'milestone.weightHint' | transloco }}</mat-hint>
          <mat-error>{{ 'milestone.weightError' | transloco }}</mat-error>
        </mat-form-field>
      </div>
      <mat-form-field class="description">
        <mat-label>{{ 'milestone.description' | transloco }}</mat-label>
        <textarea matInput rows="2" formControlName="description" maxlength="5000"></textarea>
      </mat-form-field>
      <div class="actions">
        <button mat-flat-button type="submit" [disabled]="busy()" data-testid="save-milestone-plan">
          {{ 'common.save' | transloco }}
        </button>
        <button mat-button type="button" (click)="cancelled.emit()">{{ 'common.cancel' | transloco }}</button>
      </div>
    </form>
  `,
  styles: `
    form {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
      padding: 1rem 0 0;
      border-top: 1px solid #d0d7de;
      margin-top: 1rem;
    }
    .fields {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
    }
    /* side by side where there is room, one under the other on a phone, each as wide as the form */
    .fields > mat-form-field {
      flex: 1 1 11rem;
    }
    .fields > .title {
      flex: 1 1 100%;
    }
    .description {
      width: 100%;
    }
    .conflict {
      margin: 0;
    }
    .actions {
      display: flex;
      gap: 0.5rem;
    }
  `,
})
export class MilestonePlanEditor {
  readonly measureId = input.required<string>();
  /** The milestone to change, or null to add one. */
  readonly milestone = input<Milestone | null>(null);
  /** All milestones of the measure, to place a new one last. */
  readonly milestones = input<readonly Milestone[]>([]);
  /** Emits the title of the saved milestone. */
  readonly saved = output<string>();
  /** Someone else saved first: the page reloads the measure (the form keeps the draft). */
  readonly stale = output<void>();
  readonly cancelled = output<void>();

  private readonly api = inject(MeasuresApi);
  private readonly saveForm = injectSaveForm();
  protected readonly headingId = `milestone-plan-${Math.random().toString(36).slice(2, 8)}`;
  protected readonly form = milestonePlanForm();
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  /**
   * The milestone the form's values are based on: when editing began, then each version someone else saved meanwhile
   * (fields the user has not touched follow it, so saving again sends only the user's own changes).
   */
  private readonly base = signal<Milestone | null>(null);
  /** What someone else changed since the form's previous base, with the new values (shown after a conflict). */
  protected readonly conflicts = signal<{ field: string; value?: string; date?: string | null }[]>([]);

  constructor() {
    effect(() => {
      const m = this.milestone();
      untracked(() => {
        const base = this.base();
        if (!base || !m || base.id !== m.id) {
          // another milestone (or a new one): start afresh
          this.base.set(m);
          this.conflicts.set([]);
          this.form.reset(toMilestonePlanValues(m));
          return;
        }
        if (base.version === m.version) return;
        // the same milestone reloaded in a newer version: keep the user's edits, take the rest from the new version
        const before = toMilestonePlanValues(base);
        const now = toMilestonePlanValues(m);
        const values = this.form.getRawValue();
        const changes: { field: string; value?: string; date?: string | null }[] = [];
        for (const key of Object.keys(now) as (keyof typeof now)[]) {
          if (now[key] === before[key]) continue;
          const shown = key === 'baselineDate' ? 'baseline' : key === 'forecastDate' ? 'forecast' : key;
          changes.push(
            key === 'baselineDate' || key === 'forecastDate'
              ? { field: shown, date: now[key] as string | null }
              : { field: shown, value: String(now[key]) },
          );
          if (values[key] === before[key]) this.form.controls[key].setValue(now[key] as never);
        }
        this.conflicts.set(changes.filter((c) => c.field !== 'description'));
        this.base.set(m);
      });
    });
  }

  protected async submit(): Promise<void> {
    const values = this.form.getRawValue();
    const current = this.milestone();
    const outcome = await this.saveForm(
      this.form,
      { busy: this.busy, error: this.error, conflict: 'milestone.conflict' },
      async () => {
        if (!current) {
          await this.api.createMilestone(toCreateMilestoneInput(this.measureId(), values, this.milestones()));
          return;
        }
        const { plan, forecastDate } = toMilestoneChanges(current, values);
        this.conflicts.set([]);
        let version = current.version;
        if (plan)
          version = (await this.api.updateMilestone({ id: current.id, version, ...plan })).updateMilestone.version;
        if (forecastDate !== undefined) await this.api.reportMilestone({ id: current.id, version, forecastDate });
      },
    );
    if (outcome === 'saved') this.saved.emit(values.title.trim());
    else if (outcome === 'stale') this.stale.emit();
  }
}
