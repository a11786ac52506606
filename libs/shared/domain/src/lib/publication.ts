import { IsoDate } from './dates';
import { MeasureStatus, Phase, Transferability } from './measure';

/**
 * The parts of a measure a project can make public (decision 0070). The title, the code, the fields of action, the
 * municipalities, the responsible unit (a role, never a person) and the open-source facts are always in a public
 * version; people's names and e-mail addresses, internal notes, health reasons, risks and the history never are.
 */
export enum PublicFieldGroup {
  /** Summary and description. */
  TEXTS = 'TEXTS',
  /** Status, phase, planned and actual start and end. */
  STATUS = 'STATUS',
  /** Progress in percent, and the reason where it was set by hand. */
  PROGRESS = 'PROGRESS',
  /** Milestones: baseline, forecast, completion. */
  MILESTONES = 'MILESTONES',
  /** Indicators with baseline, target and latest value. */
  INDICATORS = 'INDICATORS',
  /** Money as two totals: planned and spent. */
  MONEY = 'MONEY',
  /** The latest three status reports: their day, what was achieved and the next steps; never risks or the traffic light. */
  REPORTS = 'REPORTS',
}

export const PUBLIC_FIELD_GROUPS: readonly PublicFieldGroup[] = [
  PublicFieldGroup.TEXTS,
  PublicFieldGroup.STATUS,
  PublicFieldGroup.PROGRESS,
  PublicFieldGroup.MILESTONES,
  PublicFieldGroup.INDICATORS,
  PublicFieldGroup.MONEY,
  PublicFieldGroup.REPORTS,
];

/** What a project that chose nothing makes public: texts, status and milestones; no figures, no money. */
export const DEFAULT_PUBLIC_GROUPS: readonly PublicFieldGroup[] = [
  PublicFieldGroup.TEXTS,
  PublicFieldGroup.STATUS,
  PublicFieldGroup.MILESTONES,
];

/** Everything a public version can be made of, as read from the internal measure. */
export interface PublicMeasureSource {
  code: string;
  title: string;
  summary: string;
  description: string;
  responsibleUnit: string;
  fieldsOfAction: string[];
  leadMunicipality: PublicMunicipality | null;
  municipalities: PublicMunicipality[];
  ossRepositoryUrl: string | null;
  ossLicence: string | null;
  transferability: Transferability;
  status: MeasureStatus;
  phase: Phase;
  plannedStart: IsoDate | null;
  plannedEnd: IsoDate | null;
  actualStart: IsoDate | null;
  actualEnd: IsoDate | null;
  progress: number;
  progressReason: string | null;
  milestones: PublicMilestone[];
  indicators: PublicIndicator[];
  /** Cents as decimal strings (JSON has no bigint). */
  plannedCents: string;
  spentCents: string;
  /** The latest status reports, newest first. */
  reports: PublicStatusReport[];
}

export interface PublicMunicipality {
  name: string;
  /** Amtlicher Regionalschlüssel. */
  ars: string | null;
}

export interface PublicMilestone {
  title: string;
  baselineDate: IsoDate;
  forecastDate: IsoDate | null;
  completedOn: IsoDate | null;
}

export interface PublicIndicator {
  name: string;
  unit: string;
  baselineValue: string | null;
  targetValue: string | null;
  targetDate: IsoDate | null;
  latestValue: string | null;
  latestOn: IsoDate | null;
  /** The measured values up to the day of the release, oldest first (at most the latest 24): the chart's line. */
  values: PublicIndicatorValue[];
}

export interface PublicIndicatorValue {
  measuredOn: IsoDate;
  value: string;
}

/** The public part of a status report: its day, what was achieved and the next steps. */
export interface PublicStatusReport {
  reportDate: IsoDate;
  achieved: string;
  nextSteps: string;
}

/** The public version of a measure: what citizens read once it is released. Groups not made public are absent. */
export interface PublicMeasure {
  code: string;
  title: string;
  responsibleUnit: string;
  fieldsOfAction: string[];
  leadMunicipality: PublicMunicipality | null;
  municipalities: PublicMunicipality[];
  ossRepositoryUrl: string | null;
  ossLicence: string | null;
  transferability: Transferability;
  texts?: { summary: string; description: string };
  status?: {
    status: MeasureStatus;
    phase: Phase;
    plannedStart: IsoDate | null;
    plannedEnd: IsoDate | null;
    actualStart: IsoDate | null;
    actualEnd: IsoDate | null;
  };
  progress?: { percent: number; reason: string | null };
  milestones?: PublicMilestone[];
  indicators?: PublicIndicator[];
  money?: { plannedCents: string; spentCents: string };
  reports?: PublicStatusReport[];
}

/** The public version of a measure made of the groups the project makes public. */
export function publicMeasure(source: PublicMeasureSource, groups: readonly PublicFieldGroup[]): PublicMeasure {
  const on = new Set(groups);
  const measure: PublicMeasure = {
    code: source.code,
    title: source.title,
    responsibleUnit: source.responsibleUnit,
    fieldsOfAction: [...source.fieldsOfAction],
    leadMunicipality: source.leadMunicipality,
    municipalities: [...source.municipalities],
    ossRepositoryUrl: source.ossRepositoryUrl,
    ossLicence: source.ossLicence,
    transferability: source.transferability,
  };
  if (on.has(PublicFieldGroup.TEXTS)) measure.texts = { summary: source.summary, description: source.description };
  if (on.has(PublicFieldGroup.STATUS))
    measure.status = {
      status: source.status,
      phase: source.phase,
      plannedStart: source.plannedStart,
      plannedEnd: source.plannedEnd,
      actualStart: source.actualStart,
      actualEnd: source.actualEnd,
    };
  if (on.has(PublicFieldGroup.PROGRESS)) measure.progress = { percent: source.progress, reason: source.progressReason };
  if (on.has(PublicFieldGroup.MILESTONES)) measure.milestones = source.milestones.map((m) => ({ ...m }));
  if (on.has(PublicFieldGroup.INDICATORS))
    measure.indicators = source.indicators.map((i) => ({ ...i, values: i.values.map((v) => ({ ...v })) }));
  if (on.has(PublicFieldGroup.MONEY))
    measure.money = { plannedCents: source.plannedCents, spentCents: source.spentCents };
  if (on.has(PublicFieldGroup.REPORTS)) measure.reports = source.reports.map((r) => ({ ...r }));
  return measure;
}

/** The parts of a public version a reader can tell apart, in the order the measure page lists differences. */
export const PUBLIC_PARTS = [
  'title',
  'facts',
  'texts',
  'status',
  'progress',
  'milestones',
  'indicators',
  'money',
  'reports',
] as const;
export type PublicPart = (typeof PUBLIC_PARTS)[number];

const partOf = (m: PublicMeasure, part: PublicPart): unknown => {
  switch (part) {
    case 'title':
      return m.title;
    case 'facts':
      return [
        m.responsibleUnit,
        m.fieldsOfAction,
        m.leadMunicipality,
        m.municipalities,
        m.ossRepositoryUrl,
        m.ossLicence,
        m.transferability,
      ];
    default:
      return m[part] ?? null;
  }
};

/**
 * The released page of a model project (issue 16, decision 0075): its strategy as adopted, its fields of action with
 * their goals, its phases and programme. Never the strategy's internal notes, the project office's people or money.
 */
export interface PublicProjectPage {
  strategy: PublicStrategy | null;
  fieldsOfAction: PublicFieldOfAction[];
  project: PublicProjectFacts;
}

export interface PublicStrategy {
  title: string;
  /** The label of the version made public (the newest adopted, else the newest draft), e.g. "Fortschreibung 2026". */
  versionLabel: string;
  vision: string;
  targetPictures: string[];
  values: string[];
  /** When the council adopted it, and its resolution. */
  adoptedOn: IsoDate | null;
  resolutionReference: string | null;
}

export interface PublicFieldOfAction {
  code: string;
  name: string;
  description: string;
  goals: PublicGoal[];
}

export interface PublicGoal {
  code: string;
  title: string;
  description: string;
}

export interface PublicProjectFacts {
  programme: string;
  cohortYear: number;
  websiteUrl: string | null;
  phases: PublicPhase[];
}

export interface PublicPhase {
  phase: Phase;
  plannedStart: IsoDate | null;
  plannedEnd: IsoDate | null;
  actualStart: IsoDate | null;
  actualEnd: IsoDate | null;
}

/** The parts of a project's released page a reader can tell apart. */
export const PUBLIC_PAGE_PARTS = ['strategy', 'fields', 'project'] as const;
export type PublicPagePart = (typeof PUBLIC_PAGE_PARTS)[number];

const pagePartOf = (page: PublicProjectPage, part: PublicPagePart): unknown =>
  part === 'fields' ? page.fieldsOfAction : page[part];

/** Which parts of a project's released page differ from the page a release would publish now. */
export function publicPageDifferences(released: PublicProjectPage, current: PublicProjectPage): PublicPagePart[] {
  return PUBLIC_PAGE_PARTS.filter(
    (part) => canonical(pagePartOf(released, part)) !== canonical(pagePartOf(current, part)),
  );
}

/** JSON with the keys of every object sorted: a released version comes back from jsonb in another key order. */
function canonical(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/**
 * Which parts of the released version differ from the version a release would publish now (empty: the public
 * version is current).
 */
export function publicDifferences(released: PublicMeasure, current: PublicMeasure): PublicPart[] {
  return PUBLIC_PARTS.filter((part) => canonical(partOf(released, part)) !== canonical(partOf(current, part)));
}
