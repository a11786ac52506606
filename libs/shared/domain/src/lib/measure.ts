/** Where a measure stands, aligned with the KTS measure database's *Bearbeitungsstand*. */
export enum MeasureStatus {
  IDEA = 'IDEA',
  PLANNING = 'PLANNING',
  IN_PROGRESS = 'IN_PROGRESS',
  IMPLEMENTED = 'IMPLEMENTED',
  CONTINUED = 'CONTINUED',
  STOPPED = 'STOPPED',
}

export const MEASURE_STATUS_LABEL_DE: Record<MeasureStatus, string> = {
  [MeasureStatus.IDEA]: 'Idee',
  [MeasureStatus.PLANNING]: 'in Planung',
  [MeasureStatus.IN_PROGRESS]: 'in Umsetzung',
  [MeasureStatus.IMPLEMENTED]: 'umgesetzt',
  [MeasureStatus.CONTINUED]: 'verstetigt',
  [MeasureStatus.STOPPED]: 'gestoppt',
};

/** Every status in the order of a measure's life, as lists, filters and charts show them. */
export const MEASURE_STATUSES: readonly MeasureStatus[] = [
  MeasureStatus.IDEA,
  MeasureStatus.PLANNING,
  MeasureStatus.IN_PROGRESS,
  MeasureStatus.IMPLEMENTED,
  MeasureStatus.CONTINUED,
  MeasureStatus.STOPPED,
];

/** Statuses in which the measure is done: its progress is complete. */
export const DONE_STATUSES: readonly MeasureStatus[] = [MeasureStatus.IMPLEMENTED, MeasureStatus.CONTINUED];
/** Statuses in which somebody should be reporting: freshness reminders chase only these. */
export const ACTIVE_STATUSES: readonly MeasureStatus[] = [MeasureStatus.PLANNING, MeasureStatus.IN_PROGRESS];
/**
 * Statuses in which the measure is not finished yet: neither done nor stopped. Wider than ACTIVE_STATUSES (an idea
 * is unfinished, but nobody reports on it yet): a schedule counts these as running late past their planned end.
 */
export const UNFINISHED_STATUSES: readonly MeasureStatus[] = [
  MeasureStatus.IDEA,
  MeasureStatus.PLANNING,
  MeasureStatus.IN_PROGRESS,
];

/** Whether a status (the enum, or its code as the API sends it) is one of `statuses`. */
export function isStatusIn(statuses: readonly MeasureStatus[], status: MeasureStatus | `${MeasureStatus}`): boolean {
  return statuses.includes(status as MeasureStatus);
}

/** Funding phase of the programme: A = strategy (*Strategiephase*), B = implementation (*Umsetzungsphase*). */
export enum Phase {
  A = 'A',
  B = 'B',
}

export const PHASES: readonly Phase[] = [Phase.A, Phase.B];

export enum Priority {
  HIGH = 'HIGH',
  MEDIUM = 'MEDIUM',
  LOW = 'LOW',
}

/** Highest first, as forms offer them. */
export const PRIORITIES: readonly Priority[] = [Priority.HIGH, Priority.MEDIUM, Priority.LOW];

export const PRIORITY_LABEL_DE: Record<Priority, string> = {
  [Priority.HIGH]: 'hoch',
  [Priority.MEDIUM]: 'mittel',
  [Priority.LOW]: 'niedrig',
};

/** How easily other municipalities can adopt the measure (*Übertragbarkeit*). */
export enum Transferability {
  NOT_ASSESSED = 'NOT_ASSESSED',
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
}

/** Not assessed first, then from low to high. */
export const TRANSFERABILITIES: readonly Transferability[] = [
  Transferability.NOT_ASSESSED,
  Transferability.LOW,
  Transferability.MEDIUM,
  Transferability.HIGH,
];

export const TRANSFERABILITY_LABEL_DE: Record<Transferability, string> = {
  [Transferability.NOT_ASSESSED]: 'nicht bewertet',
  [Transferability.LOW]: 'gering',
  [Transferability.MEDIUM]: 'mittel',
  [Transferability.HIGH]: 'hoch',
};

export enum TrafficLight {
  GREEN = 'GREEN',
  YELLOW = 'YELLOW',
  RED = 'RED',
}

/** From good to bad, as a status report offers them. */
export const TRAFFIC_LIGHTS: readonly TrafficLight[] = [TrafficLight.GREEN, TrafficLight.YELLOW, TrafficLight.RED];

export const TRAFFIC_LIGHT_LABEL_DE: Record<TrafficLight, string> = {
  [TrafficLight.GREEN]: 'grün',
  [TrafficLight.YELLOW]: 'gelb',
  [TrafficLight.RED]: 'rot',
};

/** Measure identifiers look like `EIF-M07`: the project's code, `-M`, and a number. */
export const MEASURE_CODE_PATTERN = /^[A-Z0-9]{2,10}-M\d{2,4}$/;
/** Model-project codes prefix every measure identifier. */
export const PROJECT_CODE_PATTERN = /^[A-Z0-9]{2,10}$/;
