import { Params } from '@angular/router';
import type {
  Freshness,
  Health,
  MeasureFilter,
  MeasureOrder,
  MeasureSortField,
  MeasureStatus,
  Phase,
  SortDirection,
} from '@masswerk/dashboard/shared/data-access';

/** Everything that defines a measure list view; it lives in the URL so a view can be bookmarked and shared. */
export interface ListState {
  search: string;
  statuses: MeasureStatus[];
  health: Health[];
  freshness: Freshness[];
  phase: Phase | null;
  fieldOfActionId: string | null;
  municipalityId: string | null;
  sort: MeasureSortField;
  direction: SortDirection;
  pageSize: number;
  after: string | null;
}

export const DEFAULT_LIST_STATE: ListState = {
  search: '',
  statuses: [],
  health: [],
  freshness: [],
  phase: null,
  fieldOfActionId: null,
  municipalityId: null,
  sort: 'CODE',
  direction: 'ASC',
  pageSize: 25,
  after: null,
};

const list = (value: unknown): string[] => (typeof value === 'string' && value ? value.split(',') : []);

/** German, short, stable query parameter names. */
export function stateFromParams(params: Params, defaults: Partial<ListState> = {}): ListState {
  const base = { ...DEFAULT_LIST_STATE, ...defaults };
  const size = Number(params['anzahl']);
  return {
    search: params['suche'] ?? '',
    statuses: list(params['status']) as MeasureStatus[],
    health: list(params['bewertung']) as Health[],
    freshness: list(params['aktualitaet']) as Freshness[],
    phase: (params['phase'] as Phase | undefined) ?? null,
    fieldOfActionId: params['handlungsfeld'] ?? null,
    municipalityId: params['kommune'] ?? null,
    sort: (params['sortierung'] as MeasureSortField | undefined) ?? base.sort,
    direction: (params['richtung'] as SortDirection | undefined) ?? base.direction,
    pageSize: [10, 25, 50, 100].includes(size) ? size : base.pageSize,
    after: params['nach'] ?? null,
  };
}

export function stateToParams(state: ListState, defaults: Partial<ListState> = {}): Params {
  const base = { ...DEFAULT_LIST_STATE, ...defaults };
  const params: Params = {
    suche: state.search || null,
    status: state.statuses.join(',') || null,
    bewertung: state.health.join(',') || null,
    aktualitaet: state.freshness.join(',') || null,
    phase: state.phase,
    handlungsfeld: state.fieldOfActionId,
    kommune: state.municipalityId,
    sortierung: state.sort !== base.sort ? state.sort : null,
    richtung: state.direction !== base.direction ? state.direction : null,
    anzahl: state.pageSize !== base.pageSize ? state.pageSize : null,
    nach: state.after,
  };
  return params;
}

export function toFilter(state: ListState, fixed: MeasureFilter = {}): MeasureFilter {
  return {
    ...fixed,
    search: state.search || undefined,
    statuses: state.statuses.length ? state.statuses : undefined,
    health: state.health.length ? state.health : undefined,
    freshness: state.freshness.length ? state.freshness : undefined,
    phase: state.phase ?? undefined,
    fieldOfActionId: state.fieldOfActionId ?? undefined,
    municipalityId: state.municipalityId ?? undefined,
  };
}

export function toOrder(state: ListState): MeasureOrder {
  return { field: state.sort, direction: state.direction };
}
