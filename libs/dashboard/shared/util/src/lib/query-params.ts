import { inject, Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Params, Router } from '@angular/router';

/** A page's view state that lives in its address: the query parameters, and a way to change them. */
export interface QueryParams {
  readonly params: Signal<Record<string, string>>;
  /** Replaces the query parameters, or with `merge` changes only the given ones (null removes one). */
  set(params: Params, merge?: 'merge'): void;
}

/** The query parameters of the current route, for a page to call in a field initialiser. */
export function injectQueryParams(): QueryParams {
  const router = inject(Router);
  const route = inject(ActivatedRoute);
  return {
    params: toSignal(route.queryParams, { initialValue: {} as Record<string, string> }),
    set: (queryParams, merge) =>
      void router.navigate([], { relativeTo: route, queryParams, queryParamsHandling: merge ?? null }),
  };
}
