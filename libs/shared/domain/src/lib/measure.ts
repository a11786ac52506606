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

/** Statuses in which the measure is done: its progress is complete. */
export const DONE_STATUSES: readonly MeasureStatus[] = [MeasureStatus.IMPLEMENTED, MeasureStatus.CONTINUED];
/** Statuses in which somebody should be reporting: freshness reminders chase only these. */
export const ACTIVE_STATUSES: readonly MeasureStatus[] = [MeasureStatus.PLANNING, MeasureStatus.IN_PROGRESS];

/** Funding phase of the programme: A = strategy (*Strategiephase*), B = implementation (*Umsetzungsphase*). */
export enum Phase {
  A = 'A',
  B = 'B',
}

export enum Priority {
  HIGH = 'HIGH',
  MEDIUM = 'MEDIUM',
  LOW = 'LOW',
}

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

export const TRAFFIC_LIGHT_LABEL_DE: Record<TrafficLight, string> = {
  [TrafficLight.GREEN]: 'grün',
  [TrafficLight.YELLOW]: 'gelb',
  [TrafficLight.RED]: 'rot',
};

/** Measure identifiers look like `EIF-M07`: the project's code, `-M`, and a number. */
export const MEASURE_CODE_PATTERN = /^[A-Z0-9]{2,10}-M\d{2,4}$/;
/** Model-project codes prefix every measure identifier. */
export const PROJECT_CODE_PATTERN = /^[A-Z0-9]{2,10}$/;
