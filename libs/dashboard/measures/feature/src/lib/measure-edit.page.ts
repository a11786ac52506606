import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, signal } from '@angular/core';
import {
  AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
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
import { ApiError, apiErrorText, apiFieldText } from '@masswerk/dashboard/shared/data-access';
import { PageHeader, StateMessage } from '@masswerk/dashboard/shared/ui';
import { formatDate, LanguageService } from '@masswerk/dashboard/shared/util';

/** The plan of a measure as the form edits it (lists of text as comma-separated text). */
export interface PlanValues {
  title: string;
  summary: string;
  description: string;
  plannedStart: string;
  plannedEnd: string;
  phase: string;
  /** Phase A strategy work: counts towards the Phase A cap, not towards its €1 m for measures. */
  strategyWork: boolean;
  priority: string;
  flagship: boolean;
  published: boolean;
  responsibleUnit: string;
  contactName: string;
  contactEmail: string;
  partners: string;
  tags: string;
  fieldOfActionIds: string[];
  goalIds: string[];
  leadUnitId: string;
  participatingUnitIds: string[];
  ossRepositoryUrl: string;
  ossLicence: string;
  ossDocumentationUrl: string;
  transferability: string;
  transferabilityNotes: string;
  continuationPlan: string;
}

/** What whoever reports on the measure changes: status, actual dates, overrides with reasons. */
export interface ProgressValues {
  status: string;
  actualStart: string;
  actualEnd: string;
  manualProgress: number | null;
  manualProgressReason: string;
  manualHealth: string;
  manualHealthReason: string;
}

export function planOf(m: MeasureForEdit): PlanValues {
  return {
    title: m.title,
    summary: m.summary,
    description: m.description,
    plannedStart: m.plannedStart ?? '',
    plannedEnd: m.plannedEnd ?? '',
    phase: m.phase,
    strategyWork: m.strategyWork,
    priority: m.priority,
    flagship: m.flagship,
    published: m.published,
    responsibleUnit: m.responsibleUnit,
    contactName: m.contactName,
    contactEmail: m.contactEmail ?? '',
    partners: m.partners.join(', '),
    tags: m.tags.join(', '),
    fieldOfActionIds: m.fieldsOfAction.map((f) => f.id),
    goalIds: m.goals.map((g) => g.id),
    leadUnitId: m.leadUnit?.id ?? '',
    participatingUnitIds: m.participatingUnits.map((u) => u.id),
    ossRepositoryUrl: m.openSource.repositoryUrl ?? '',
    ossLicence: m.openSource.licence ?? '',
    ossDocumentationUrl: m.openSource.documentationUrl ?? '',
    transferability: m.transferability.level,
    transferabilityNotes: m.transferability.notes,
    continuationPlan: m.continuationPlan,
  };
}

export function progressOf(m: MeasureForEdit): ProgressValues {
  return {
    status: m.status,
    actualStart: m.actualStart ?? '',
    actualEnd: m.actualEnd ?? '',
    manualProgress: m.progress.source === 'MANUAL' ? m.progress.value : null,
    manualProgressReason: m.progress.manualReason ?? '',
    manualHealth: m.health.overridden ? m.health.value : '',
    manualHealthReason: m.health.overrideReason ?? '',
  };
}

/** Fields holding a code, with the prefix of its translation ("OFF_TRACK" → "health.OFF_TRACK" → "kritisch"). */
const CODE_LABELS: Record<string, string> = {
  status: 'status',
  manualHealth: 'health',
  phase: 'phase',
  priority: 'priority',
  transferability: 'transferability',
};
const DATE_FIELDS = ['plannedStart', 'plannedEnd', 'actualStart', 'actualEnd'];

const list = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const orNull = (text: string) => (text.trim() ? text.trim() : null);

/** Translates changed plan fields into the API's update input. */
export function planUpdate(changes: Partial<PlanValues>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(changes)) {
    if (key === 'partners' || key === 'tags') out[key] = list(value as string);
    else if (
      [
        'plannedStart',
        'plannedEnd',
        'contactEmail',
        'ossRepositoryUrl',
        'ossLicence',
        'ossDocumentationUrl',
        'leadUnitId',
      ].includes(key)
    )
      out[key] = orNull(value as string);
    else out[key] = value;
  }
  return out;
}

function datesInOrder(start: string, end: string) {
  return (group: AbstractControl): ValidationErrors | null => {
    const a = group.get(start)?.value;
    const b = group.get(end)?.value;
    return a && b && b < a ? { dateOrder: true } : null;
  };
}

/** Strategy work exists only in Phase A; the API refuses it otherwise. */
export function strategyWorkInPhaseA(group: AbstractControl): ValidationErrors | null {
  return group.get('strategyWork')?.value && group.get('phase')?.value !== 'A' ? { strategyWorkPhase: true } : null;
}

function reasonRequired(value: string, reason: string) {
  return (group: AbstractControl): ValidationErrors | null => {
    const v = group.get(value)?.value;
    const r = (group.get(reason)?.value ?? '').trim();
    return v !== null && v !== '' && !r ? { [`${reason}Required`]: true } : null;
  };
}

/**
 * Changing a measure: the plan (administrators) and its state (whoever reports on it). When someone else saved first,
 * the page says what they changed and offers to re-apply one's own changes on top, without losing any typing.
 */
@Component({
  selector: 'mw-measure-edit-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatCheckboxModule,
    MatButtonModule,
    MatIconModule,
    TranslocoPipe,
    PageHeader,
    StateMessage,
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

  protected readonly statuses = ['IDEA', 'PLANNING', 'IN_PROGRESS', 'IMPLEMENTED', 'CONTINUED', 'STOPPED'];
  protected readonly healths = ['ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NOT_ASSESSED'];
  protected readonly priorities = ['HIGH', 'MEDIUM', 'LOW'];
  protected readonly transferabilities = ['NOT_ASSESSED', 'LOW', 'MEDIUM', 'HIGH'];
  protected readonly units = computed(() => {
    const p = this.measure()?.modelProject;
    return p ? [p.leadUnit, ...p.members] : [];
  });
  protected readonly goals = computed(
    () =>
      this.measure()?.modelProject.fieldsOfAction.flatMap((f) => f.goals.map((g) => ({ ...g, field: f.name }))) ?? [],
  );

  protected readonly plan = new FormGroup(
    {
      title: new FormControl('', {
        nonNullable: true,
        validators: [Validators.required, Validators.maxLength(300), Validators.pattern(/\S/)],
      }),
      summary: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(2000)] }),
      description: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(50000)] }),
      plannedStart: new FormControl('', { nonNullable: true }),
      plannedEnd: new FormControl('', { nonNullable: true }),
      phase: new FormControl('B', { nonNullable: true }),
      strategyWork: new FormControl(false, { nonNullable: true }),
      priority: new FormControl('MEDIUM', { nonNullable: true }),
      flagship: new FormControl(false, { nonNullable: true }),
      published: new FormControl(false, { nonNullable: true }),
      responsibleUnit: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(200)] }),
      contactName: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(200)] }),
      contactEmail: new FormControl('', { nonNullable: true, validators: [Validators.email] }),
      partners: new FormControl('', { nonNullable: true }),
      tags: new FormControl('', { nonNullable: true }),
      fieldOfActionIds: new FormControl<string[]>([], { nonNullable: true }),
      goalIds: new FormControl<string[]>([], { nonNullable: true }),
      leadUnitId: new FormControl('', { nonNullable: true }),
      participatingUnitIds: new FormControl<string[]>([], { nonNullable: true }),
      ossRepositoryUrl: new FormControl('', {
        nonNullable: true,
        validators: [Validators.pattern(/^(https?:\/\/\S+)?$/)],
      }),
      ossLicence: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(100)] }),
      ossDocumentationUrl: new FormControl('', {
        nonNullable: true,
        validators: [Validators.pattern(/^(https?:\/\/\S+)?$/)],
      }),
      transferability: new FormControl('NOT_ASSESSED', { nonNullable: true }),
      transferabilityNotes: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(5000)] }),
      continuationPlan: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(20000)] }),
    },
    { validators: [datesInOrder('plannedStart', 'plannedEnd'), strategyWorkInPhaseA] },
  );

  protected readonly progress = new FormGroup(
    {
      status: new FormControl('IDEA', { nonNullable: true }),
      actualStart: new FormControl('', { nonNullable: true }),
      actualEnd: new FormControl('', { nonNullable: true }),
      manualProgress: new FormControl<number | null>(null, { validators: [Validators.min(0), Validators.max(100)] }),
      manualProgressReason: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(2000)] }),
      manualHealth: new FormControl('', { nonNullable: true }),
      manualHealthReason: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(2000)] }),
    },
    {
      validators: [
        datesInOrder('actualStart', 'actualEnd'),
        reasonRequired('manualProgress', 'manualProgressReason'),
        reasonRequired('manualHealth', 'manualHealthReason'),
      ],
    },
  );

  async ngOnInit(): Promise<void> {
    try {
      this.reset(await this.api.forEdit(this.measureCode()));
    } catch (error) {
      this.loadError.set(this.errorText(error));
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
      () => this.api.updatePlan({ id: measure.id, version: this.version, ...planUpdate(changes) }),
      async (current) => {
        const theirs = planOf(current);
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
    const input: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(changes)) {
      input[key] =
        key === 'manualProgress'
          ? value === null || value === ''
            ? null
            : Number(value)
          : key === 'manualHealth' || key.startsWith('actual')
            ? value || null
            : value;
    }
    if ('manualProgress' in input || 'manualProgressReason' in input) {
      input['manualProgress'] =
        mine.manualProgress === null || (mine.manualProgress as unknown) === '' ? null : Number(mine.manualProgress);
      input['manualProgressReason'] = mine.manualProgressReason || null;
    }
    if ('manualHealth' in input || 'manualHealthReason' in input) {
      input['manualHealth'] = mine.manualHealth || null;
      input['manualHealthReason'] = mine.manualHealthReason || null;
    }
    await this.submit(
      () => this.api.updateProgress({ id: measure.id, version: this.version, ...input }),
      async (current) =>
        this.progressConflict.set(mergeEdits(this.progressBase as ProgressValues, mine, progressOf(current))),
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
      this.planBase = planOf(current);
      this.plan.setValue(mergeEdits(myBase, this.plan.getRawValue(), this.planBase).merged);
      this.planConflict.set(null);
    } else {
      const myBase = this.progressBase as ProgressValues;
      this.progressBase = progressOf(current);
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
    if (CODE_LABELS[field]) return this.transloco.translate(`${CODE_LABELS[field]}.${text}`);
    if (DATE_FIELDS.includes(field)) return formatDate(text, this.language());
    const fields = this.measure()?.modelProject.fieldsOfAction ?? [];
    if (field === 'fieldOfActionIds') return fields.find((f) => f.id === text)?.name ?? text;
    if (field === 'goalIds') {
      const goal = this.goals().find((g) => g.id === text);
      return goal ? `${goal.code} ${goal.title}` : text;
    }
    if (field === 'leadUnitId' || field === 'participatingUnitIds') {
      return this.units().find((u) => u.id === text)?.name ?? text;
    }
    return text;
  }

  private errorText(error: unknown): string {
    return apiErrorText(error, (key) => this.transloco.translate(key), this.language());
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
      if (error instanceof ApiError && error.isStale) {
        const current = await this.api.forEdit(this.measureCode());
        this.pendingTheirs = { plan: planOf(current), progress: progressOf(current) };
        await onConflict(current);
      } else if (error instanceof ApiError && error.code === 'BAD_USER_INPUT') {
        this.error.set(this.errorText(error));
        for (const problem of error.fieldProblems) {
          const control = this.plan.get(problem.field) ?? this.progress.get(problem.field);
          control?.setErrors({
            server: apiFieldText(problem.message, (key) => this.transloco.translate(key), this.language()),
          });
          control?.markAsTouched();
        }
      } else {
        this.error.set(this.errorText(error));
      }
    } finally {
      this.busy.set(false);
    }
  }

  private reset(m: MeasureForEdit): void {
    this.measure.set(m);
    this.version = m.version;
    this.planBase = planOf(m);
    this.progressBase = progressOf(m);
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
