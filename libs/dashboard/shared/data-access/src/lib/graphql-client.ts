import { HttpClient, HttpErrorResponse, HttpParameterCodec, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { catchError, firstValueFrom, map, Observable, throwError } from 'rxjs';
import { ApiError, toApiError } from './graphql-error';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

interface GraphqlResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** Queries of the public read model are named `Public…` (libs/dashboard/public-site/data-access). */
const PUBLIC_QUERY = /^\s*query\s+(Public\w*)/;

/** Angular's default codec leaves `+` as it is, which the server reads as a space: encode everything. */
const STRICT: HttpParameterCodec = {
  encodeKey: encodeURIComponent,
  encodeValue: encodeURIComponent,
  decodeKey: decodeURIComponent,
  decodeValue: decodeURIComponent,
};

/**
 * Sends typed operations to the API's own /graphql. The session cookie travels with it; Angular's HttpClient adds
 * the CSRF header from the XSRF-TOKEN cookie to every POST. Queries named `Public…` go as GET, so that the browser and
 * shared caches may keep the public site's answers (decision 0074); the preflight header satisfies Apollo's CSRF
 * prevention, which accepts no GET without one.
 */
@Injectable({ providedIn: 'root' })
export class GraphqlClient {
  private readonly http = inject(HttpClient);

  request<TResult, TVariables>(
    document: DocumentTypeDecoration<TResult, TVariables>,
    variables?: TVariables,
  ): Observable<TResult> {
    const query = document.toString();
    const request = PUBLIC_QUERY.test(query)
      ? this.http.get<GraphqlResponse<TResult>>('/graphql', {
          params: new HttpParams({
            encoder: STRICT,
            fromObject: { query, variables: JSON.stringify(variables ?? {}) },
          }),
          headers: { 'apollo-require-preflight': 'true' },
        })
      : this.http.post<GraphqlResponse<TResult>>('/graphql', { query, variables });
    return request.pipe(
      catchError((error: HttpErrorResponse) => {
        const body = error.error as GraphqlResponse<TResult> | null;
        if (body?.errors?.length) return throwError(() => toApiError(body.errors ?? []));
        return throwError(
          () => new ApiError('NETWORK', 'Der Server ist nicht erreichbar. Bitte prüfen Sie Ihre Verbindung.'),
        );
      }),
      map((response) => {
        if (response.errors?.length) throw toApiError(response.errors);
        if (!response.data) throw new ApiError('INTERNAL_SERVER_ERROR', 'Leere Antwort vom Server.');
        return response.data;
      }),
    );
  }

  /** The same as a promise, for event handlers. */
  run<TResult, TVariables>(
    document: DocumentTypeDecoration<TResult, TVariables>,
    variables?: TVariables,
  ): Promise<TResult> {
    return firstValueFrom(this.request(document, variables));
  }

  /**
   * A mutation that takes one `input`, as a function of that input, for a data-access service:
   * `readonly createIndicator = this.client.withInput(CreateIndicatorDocument);`.
   */
  withInput<TResult, TInput>(
    document: DocumentTypeDecoration<TResult, { input: TInput }>,
  ): (input: TInput) => Promise<TResult> {
    return (input) => this.run(document, { input });
  }
}
