import { AbstractControl, FormControl, FormGroup, ValidationErrors, Validators } from '@angular/forms';
import type { MeasureForEdit } from '@masswerk/dashboard/measures/data-access';
import type {
  Health,
  MeasureStatus,
  Phase,
  Priority,
  Transferability,
  UpdateMeasureInput,
  UpdateMeasureProgressInput,
} from '@masswerk/dashboard/shared/data-access';

/**
 * The two forms of the measure edit page and how they map to the API: the plan (administrators) and the progress
 * (whoever reports on the measure). Pure, so that what is sent for what was typed is tested field by field.
 */

/** The plan of a measure as the form edits it (lists of text as comma-separated text). */
export interface PlanValues {
  title: string;
  summary: string;
  description: string;
  plannedStart: string;
  plannedEnd: string;
  phase: Phase;
  /** Phase A strategy work: counts towards the Phase A cap, not towards its €1 m for measures. */
  strategyWork: boolean;
  priority: Priority;
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
  /** Municipalities that took the measure over (transfer), in or outside the project. */
  adopterUnitIds: string[];
  ossRepositoryUrl: string;
  ossLicence: string;
  ossDocumentationUrl: string;
  transferability: Transferability;
  transferabilityNotes: string;
  continuationPlan: string;
  /** Why spending departs from the cost plan (for the Sachbericht). */
  budgetDeviationReason: string;
}

/** What whoever reports on the measure changes: status, actual dates, overrides with reasons. */
export interface ProgressValues {
  status: MeasureStatus;
  actualStart: string;
  actualEnd: string;
  manualProgress: number | null;
  manualProgressReason: string;
  /** Empty: the computed health stands. */
  manualHealth: Health | '';
  manualHealthReason: string;
}

export type PlanInput = Omit<UpdateMeasureInput, 'id' | 'version'>;
export type ProgressInput = Omit<UpdateMeasureProgressInput, 'id' | 'version'>;

export function toPlanForm(m: MeasureForEdit): PlanValues {
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
    adopterUnitIds: m.adopters.map((u) => u.id),
    ossRepositoryUrl: m.openSource.repositoryUrl ?? '',
    ossLicence: m.openSource.licence ?? '',
    ossDocumentationUrl: m.openSource.documentationUrl ?? '',
    transferability: m.transferability.level,
    transferabilityNotes: m.transferability.notes,
    continuationPlan: m.continuationPlan,
    budgetDeviationReason: m.budgetDeviationReason,
  };
}

export function toProgressForm(m: MeasureForEdit): ProgressValues {
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
export const CODE_FIELDS: Partial<Record<keyof PlanValues | keyof ProgressValues, string>> = {
  status: 'status',
  manualHealth: 'health',
  phase: 'phase',
  priority: 'priority',
  transferability: 'transferability',
};
export const DATE_FIELDS: readonly (keyof PlanValues | keyof ProgressValues)[] = [
  'plannedStart',
  'plannedEnd',
  'actualStart',
  'actualEnd',
];

/** Plan fields sent as null when empty, so that clearing them clears them. */
const CLEARABLE: readonly (keyof PlanValues)[] = [
  'plannedStart',
  'plannedEnd',
  'contactEmail',
  'ossRepositoryUrl',
  'ossLicence',
  'ossDocumentationUrl',
  'leadUnitId',
];

const list = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const orNull = (text: string) => (text.trim() ? text.trim() : null);
/** A percentage as typed: the number field gives a number, or null (some browsers '') when empty. */
const percent = (value: number | string | null) => (value === null || value === '' ? null : Number(value));

/** The changed plan fields as the API's update input. */
export function toPlanInput(changes: Partial<PlanValues>): PlanInput {
  const input: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(changes) as [keyof PlanValues, unknown][]) {
    if (key === 'partners' || key === 'tags') input[key] = list(value as string);
    else if (CLEARABLE.includes(key)) input[key] = orNull(value as string);
    else input[key] = value;
  }
  return input as PlanInput;
}

/**
 * The changed progress fields as the API's update input. A manual value and its reason always go together (the API
 * checks them together); an empty manual value clears the override.
 */
export function toProgressInput(changes: Partial<ProgressValues>, values: ProgressValues): ProgressInput {
  const input: ProgressInput = {};
  if (changes.status !== undefined) input.status = changes.status;
  if (changes.actualStart !== undefined) input.actualStart = changes.actualStart || null;
  if (changes.actualEnd !== undefined) input.actualEnd = changes.actualEnd || null;
  if ('manualProgress' in changes || 'manualProgressReason' in changes) {
    input.manualProgress = percent(values.manualProgress);
    input.manualProgressReason = values.manualProgressReason || null;
  }
  if ('manualHealth' in changes || 'manualHealthReason' in changes) {
    input.manualHealth = values.manualHealth || null;
    input.manualHealthReason = values.manualHealthReason || null;
  }
  return input;
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

/** A manual value needs a reason (`<reason>Required`). */
function reasonRequired(value: string, reason: string) {
  return (group: AbstractControl): ValidationErrors | null => {
    const v = group.get(value)?.value;
    const r = (group.get(reason)?.value ?? '').trim();
    return v !== null && v !== '' && !r ? { [`${reason}Required`]: true } : null;
  };
}

const text = (maxLength: number, ...validators: ((c: AbstractControl) => ValidationErrors | null)[]) =>
  new FormControl('', { nonNullable: true, validators: [Validators.maxLength(maxLength), ...validators] });
const plain = () => new FormControl('', { nonNullable: true });
const flag = () => new FormControl(false, { nonNullable: true });
const ids = () => new FormControl<string[]>([], { nonNullable: true });
const url = () => new FormControl('', { nonNullable: true, validators: [Validators.pattern(/^(https?:\/\/\S+)?$/)] });

/** The plan form, with the API's limits; its value is a PlanValues. */
export function planForm() {
  return new FormGroup(
    {
      title: text(300, Validators.required, Validators.pattern(/\S/)),
      summary: text(2000),
      description: text(50000),
      plannedStart: plain(),
      plannedEnd: plain(),
      phase: new FormControl<Phase>('B', { nonNullable: true }),
      strategyWork: flag(),
      priority: new FormControl<Priority>('MEDIUM', { nonNullable: true }),
      flagship: flag(),
      published: flag(),
      responsibleUnit: text(200),
      contactName: text(200),
      contactEmail: new FormControl('', { nonNullable: true, validators: [Validators.email] }),
      partners: plain(),
      tags: plain(),
      fieldOfActionIds: ids(),
      goalIds: ids(),
      leadUnitId: plain(),
      participatingUnitIds: ids(),
      adopterUnitIds: ids(),
      ossRepositoryUrl: url(),
      ossLicence: text(100),
      ossDocumentationUrl: url(),
      transferability: new FormControl<Transferability>('NOT_ASSESSED', { nonNullable: true }),
      transferabilityNotes: text(5000),
      continuationPlan: text(20000),
      budgetDeviationReason: text(2000),
    },
    { validators: [datesInOrder('plannedStart', 'plannedEnd'), strategyWorkInPhaseA] },
  );
}

/** The progress form; its value is a ProgressValues. */
export function progressForm() {
  return new FormGroup(
    {
      status: new FormControl<MeasureStatus>('IDEA', { nonNullable: true }),
      actualStart: plain(),
      actualEnd: plain(),
      manualProgress: new FormControl<number | null>(null, { validators: [Validators.min(0), Validators.max(100)] }),
      manualProgressReason: text(2000),
      manualHealth: new FormControl<Health | ''>('', { nonNullable: true }),
      manualHealthReason: text(2000),
    },
    {
      validators: [
        datesInOrder('actualStart', 'actualEnd'),
        reasonRequired('manualProgress', 'manualProgressReason'),
        reasonRequired('manualHealth', 'manualHealthReason'),
      ],
    },
  );
}
