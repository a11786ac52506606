import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, signal } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  changedFields,
  EditMerge,
  MeasureForEdit,
  MeasuresApi,
  mergeEdits,
} from '@masswerk/dashboard/measures/data-access';
import { injectProblemOf, markFieldProblems } from '@masswerk/dashboard/shared/data-access';

import { CodeSelect, PageHeader, StateMessage, FormError, TextField } from '@masswerk/dashboard/shared/ui';
import { formatDate, LanguageService } from '@masswerk/dashboard/shared/util';
import { HEALTHS, MEASURE_STATUSES, PHASES, PRIORITIES, TRANSFERABILITIES } from '@masswerk/shared/domain';
import {
  CODE_FIELDS,
  DATE_FIELDS,
  planForm,
  PlanValues,
  progressForm,
  ProgressValues,
  toPlanForm,
  toPlanInput,
  toProgressForm,
  toProgressInput,
} from './measure-edit.form';

/**
 * Changing a measure: the plan (administrators) and its state (whoever reports on it). When someone else saved first,
 * the page says what they changed and offers to re-apply one's own changes on top, without losing any typing.
 */
@Component({
  selector: 'mw-measure-edit-page',
  imports: [
    NgTemplateOutlet,
    FormError,
    ReactiveFormsModule,
    RouterLink,
    MatFormFieldModule,
    TextField,
    MatInputModule,
    MatSelectModule,
    MatCheckboxModule,
    MatButtonModule,
    MatIconModule,
    TranslocoPipe,
    PageHeader,
    StateMessage,
    CodeSelect,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './measure-edit.page.html',
  styleUrl: './measure-edit.page.scss',
})
export class MeasureEditPage implements OnInit {
  readonly code = input.required<string>();
  readonly measureCode = input.required<string>();
  private readonly api = inject(MeasuresApi);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService).language;
  private readonly problemOf = injectProblemOf();

  protected readonly measure = signal<MeasureForEdit | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly planConflict = signal<EditMerge<PlanValues> | null>(null);
  protected readonly progressConflict = signal<EditMerge<ProgressValues> | null>(null);
  /** The version someone else saved, shown next to the fields they changed. */
  private pendingTheirs: { plan?: PlanValues; progress?: ProgressValues } | null = null;
  private planBase: PlanValues | null = null;
  private progressBase: ProgressValues | null = null;
  private version = 0;

  protected readonly statuses = MEASURE_STATUSES;
  /** Web addresses: only http(s), or none. */
  protected readonly urlMessages = { pattern: 'edit.urlHint' };
  protected readonly healths = HEALTHS;
  protected readonly phases = PHASES;
  protected readonly priorities = PRIORITIES;
  protected readonly transferabilities = TRANSFERABILITIES;
  protected readonly units = computed(() => {
    const p = this.measure()?.modelProject;
    return p ? [p.leadUnit, ...p.members] : [];
  });
  /** Adopters may lie outside the project: the project's units and whoever adopted the measure already. */
  protected readonly adopterOptions = computed(() => {
    const units = this.units();
    const others = (this.measure()?.adopters ?? []).filter((a) => !units.some((u) => u.id === a.id));
    return [...units, ...others];
  });
  protected readonly goals = computed(
    () =>
      this.measure()?.modelProject.fieldsOfAction.flatMap((f) => f.goals.map((g) => ({ ...g, field: f.name }))) ?? [],
  );

  protected readonly plan = planForm();
  protected readonly progress = progressForm();

  async ngOnInit(): Promise<void> {
    try {
      this.reset(await this.api.forEdit(this.measureCode()));
    } catch (error) {
      this.loadError.set(this.problemOf(error).message);
    }
  }

  protected async savePlan(): Promise<void> {
    const measure = this.measure();
    if (this.plan.invalid || !this.planBase || !measure) {
      this.plan.markAllAsTouched();
      return;
    }
    const mine = this.plan.getRawValue();
    const changes = changedFields(this.planBase, mine);
    if (!Object.keys(changes).length) return this.back();
    await this.submit(
      () => this.api.updatePlan({ id: measure.id, version: this.version, ...toPlanInput(changes) }),
      async (current) => {
        const theirs = toPlanForm(current);
        this.planConflict.set(mergeEdits(this.planBase as PlanValues, mine, theirs));
      },
    );
  }

  protected async saveProgress(): Promise<void> {
    const measure = this.measure();
    if (this.progress.invalid || !this.progressBase || !measure) {
      this.progress.markAllAsTouched();
      return;
    }
    const mine = this.progress.getRawValue();
    const changes = changedFields(this.progressBase, mine);
    if (!Object.keys(changes).length) return this.back();
    await this.submit(
      () => this.api.updateProgress({ id: measure.id, version: this.version, ...toProgressInput(changes, mine) }),
      async (current) =>
        this.progressConflict.set(mergeEdits(this.progressBase as ProgressValues, mine, toProgressForm(current))),
    );
  }

  /**
   * Takes the other person's version as the new base and keeps my changes on top; I review and save again. My changes
   * are what I changed against the version I started from: the fields only they changed take their value, so that
   * saving again does not undo their work.
   */
  protected async reapply(kind: 'plan' | 'progress'): Promise<void> {
    const current = await this.api.forEdit(this.measureCode());
    this.measure.set(current);
    this.version = current.version;
    if (kind === 'plan') {
      const myBase = this.planBase as PlanValues;
      this.planBase = toPlanForm(current);
      this.plan.setValue(mergeEdits(myBase, this.plan.getRawValue(), this.planBase).merged);
      this.planConflict.set(null);
    } else {
      const myBase = this.progressBase as ProgressValues;
      this.progressBase = toProgressForm(current);
      this.progress.setValue(mergeEdits(myBase, this.progress.getRawValue(), this.progressBase).merged);
      this.progressConflict.set(null);
    }
  }

  protected async discard(): Promise<void> {
    this.reset(await this.api.forEdit(this.measureCode()));
  }

  protected label(field: string): string {
    return this.transloco.translate(`edit.field.${field}`);
  }

  protected theirValue(field: string, kind: 'plan' | 'progress'): string {
    const current = this.pendingTheirs?.[kind] as Record<string, unknown> | undefined;
    const value = current?.[field];
    if (Array.isArray(value)) return value.length ? value.map((v) => this.shown(field, v)).join(', ') : '–';
    if (typeof value === 'boolean') return this.transloco.translate(value ? 'common.yes' : 'common.no');
    return value === '' || value === null || value === undefined ? '–' : this.shown(field, value);
  }

  /** A value as the form shows it: "kritisch" rather than OFF_TRACK, names rather than ids, German dates. */
  private shown(field: string, value: unknown): string {
    const text = String(value);
    const prefix = CODE_FIELDS[field as keyof typeof CODE_FIELDS];
    if (prefix) return this.transloco.translate(`${prefix}.${text}`);
    if (DATE_FIELDS.includes(field as (typeof DATE_FIELDS)[number])) return formatDate(text, this.language());
    const fields = this.measure()?.modelProject.fieldsOfAction ?? [];
    if (field === 'fieldOfActionIds') return fields.find((f) => f.id === text)?.name ?? text;
    if (field === 'goalIds') {
      const goal = this.goals().find((g) => g.id === text);
      return goal ? `${goal.code} ${goal.title}` : text;
    }
    if (field === 'leadUnitId' || field === 'participatingUnitIds' || field === 'adopterUnitIds') {
      return this.adopterOptions().find((u) => u.id === text)?.name ?? text;
    }
    return text;
  }

  private async submit(
    save: () => Promise<unknown>,
    onConflict: (current: MeasureForEdit) => Promise<void>,
  ): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      await save();
      await this.back(true);
    } catch (error) {
      const problem = this.problemOf(error);
      if (problem.kind === 'stale') {
        const current = await this.api.forEdit(this.measureCode());
        this.pendingTheirs = { plan: toPlanForm(current), progress: toProgressForm(current) };
        await onConflict(current);
      } else {
        this.error.set(problem.message);
        markFieldProblems(problem, (field) => this.plan.get(field) ?? this.progress.get(field));
      }
    } finally {
      this.busy.set(false);
    }
  }

  private reset(m: MeasureForEdit): void {
    this.measure.set(m);
    this.version = m.version;
    this.planBase = toPlanForm(m);
    this.progressBase = toProgressForm(m);
    this.plan.setValue(this.planBase);
    this.progress.setValue(this.progressBase);
    this.planConflict.set(null);
    this.progressConflict.set(null);
    this.pendingTheirs = null;
    if (!m.viewerCanEditPlan) this.plan.disable();
    if (!m.viewerCanReport) this.progress.disable();
  }

  private async back(saved = false): Promise<void> {
    await this.router.navigate(['/projekte', this.code(), 'massnahmen', this.measureCode()], {
      queryParams: saved ? { gespeichert: 1 } : {},
    });
  }
}
