import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { catchError, map, Observable, of } from 'rxjs';
import { GraphqlClient } from '@masswerk/dashboard/shared/data-access';
import { ImportAnswer, importAnswerOf, importContentType } from './import-answer';
import { ImportProjectDocument, ImportProjectQuery } from './imports.generated';

export type ImportProjectView = ImportProjectQuery['modelProject'];

function projectPath(code: string): string {
  return `/projects/${encodeURIComponent(code)}`;
}

/** The measure workbook of a project (export), ready to be changed in Excel and imported again. */
export function measureWorkbookUrl(code: string): string {
  return `/api/exports${projectPath(code)}/measures.xlsx`;
}

/** The same workbook without data rows: the columns, their meaning and the allowed values. */
export function measureTemplateUrl(code: string): string {
  return `/api/imports${projectPath(code)}/measures-template.xlsx`;
}

/** The import of measures from a workbook or CSV file: a dry run first, then the application. */
@Injectable({ providedIn: 'root' })
export class ImportsApi {
  private readonly client = inject(GraphqlClient);
  private readonly http = inject(HttpClient);

  project(code: string): Observable<ImportProjectView> {
    return this.client.request(ImportProjectDocument, { code }).pipe(map((d) => d.modelProject));
  }

  /**
   * Sends the file as the request body. The session cookie travels with it and HttpClient adds the CSRF header to the
   * POST; every answer, refusals included, arrives as an `ImportAnswer` rather than an error.
   */
  upload(code: string, file: File, dryRun: boolean): Observable<ImportAnswer> {
    return this.http
      .post<unknown>(`/api/imports${projectPath(code)}/measures`, file, {
        params: { dryRun: String(dryRun) },
        headers: { 'Content-Type': importContentType(file) },
        observe: 'response',
      })
      .pipe(
        map((response) => importAnswerOf(response.status, response.body)),
        catchError((error: HttpErrorResponse) => of(importAnswerOf(error.status, error.error))),
      );
  }
}
