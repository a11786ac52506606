import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { catchError, firstValueFrom, map, Observable, throwError } from 'rxjs';
import { ApiError, toApiError } from './graphql-error';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

interface GraphqlResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/**
 * Sends typed operations to the API's own /graphql. The session cookie travels with it; Angular's HttpClient adds
 * the CSRF header from the XSRF-TOKEN cookie to every POST.
 */
@Injectable({ providedIn: 'root' })
export class GraphqlClient {
  private readonly http = inject(HttpClient);

  request<TResult, TVariables>(
    document: DocumentTypeDecoration<TResult, TVariables>,
    variables?: TVariables,
  ): Observable<TResult> {
    return this.http.post<GraphqlResponse<TResult>>('/graphql', { query: document.toString(), variables }).pipe(
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
