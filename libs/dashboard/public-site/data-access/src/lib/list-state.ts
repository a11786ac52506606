import type { PublicMeasureSort } from '@masswerk/dashboard/shared/data-access';

/** The public measure list's state as it stands in the address (German parameter names, as the site's paths). */
export interface PublicListState {
  fieldOfAction: string | null;
  municipality: string | null;
  status: string | null;
  search: string | null;
  sort: PublicMeasureSort;
  page: number;
}

export const PUBLIC_PAGE_SIZE = 20;
const SORTS: readonly PublicMeasureSort[] = ['CODE', 'TITLE', 'PROGRESS', 'RECENT'];

/** Reads the state from query parameters; anything unknown or malformed falls back to the default. */
export function listStateOf(params: Record<string, string | undefined>): PublicListState {
  const text = (value: string | undefined) => (value && value.trim() ? value.trim().slice(0, 200) : null);
  const page = Number(params['seite']);
  const sort = (params['sortierung'] ?? '').toUpperCase() as PublicMeasureSort;
  return {
    fieldOfAction: text(params['handlungsfeld']),
    municipality: /^\d{12}$/.test(params['kommune'] ?? '') ? (params['kommune'] as string) : null,
    status: text(params['status']),
    search: text(params['suche']),
    sort: SORTS.includes(sort) ? sort : 'CODE',
    page: Number.isInteger(page) && page >= 1 && page <= 5000 ? page : 1,
  };
}

/** The query parameters of a state: defaults are left out, so that the plain list has a plain address. */
export function paramsOf(state: PublicListState): Record<string, string | null> {
  return {
    handlungsfeld: state.fieldOfAction,
    kommune: state.municipality,
    status: state.status,
    suche: state.search,
    sortierung: state.sort === 'CODE' ? null : state.sort.toLowerCase(),
    seite: state.page === 1 ? null : String(state.page),
  };
}
