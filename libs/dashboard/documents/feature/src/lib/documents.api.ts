import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { ApiError, GraphqlClient, toApiError } from '@masswerk/dashboard/shared/data-access';
import type { DocumentOwnerType } from '@masswerk/dashboard/shared/data-access';
import { DeleteDocumentDocument } from './documents.generated';

/**
 * Documents of a record: uploaded to `/api/documents/<OWNER_TYPE>/<id>` with the file as the body (same origin, so the
 * session cookie travels and Angular's HttpClient adds the CSRF header to the POST), deleted through GraphQL.
 */
@Injectable({ providedIn: 'root' })
export class DocumentsApi {
  private readonly http = inject(HttpClient);
  private readonly client = inject(GraphqlClient);

  async upload(ownerType: DocumentOwnerType, ownerId: string, file: File): Promise<void> {
    try {
      await firstValueFrom(
        this.http.post(`/api/documents/${ownerType}/${ownerId}`, file, {
          headers: {
            'Content-Type': file.type || 'application/octet-stream',
            'X-File-Name': encodeURIComponent(file.name),
          },
        }),
      );
    } catch (error) {
      const body = (error as HttpErrorResponse).error as { message?: string; code?: string } | null;
      if (body?.code) throw toApiError([{ message: body.message ?? '', extensions: body }]);
      throw new ApiError('NETWORK', 'Der Server ist nicht erreichbar. Bitte prüfen Sie Ihre Verbindung.');
    }
  }

  delete(id: string): Promise<unknown> {
    return this.client.run(DeleteDocumentDocument, { id });
  }
}
