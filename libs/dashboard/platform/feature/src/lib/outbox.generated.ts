/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@masswerk/dashboard/shared/data-access';

import { TypedDocumentString } from '@masswerk/dashboard/shared/data-access';
export type PlatformOutboxQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PlatformOutboxQuery = { mailDelivery: { smtp: boolean }, mailOutbox: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, toAddress: string, subject: string, body: string, kind: string, createdAt: string, sentAt: string | null, attempts: number, lastError: string | null }> } };



export const PlatformOutboxDocument = new TypedDocumentString(`
    query PlatformOutbox($first: Int, $after: String) {
  mailDelivery {
    smtp
  }
  mailOutbox(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      toAddress
      subject
      body
      kind
      createdAt
      sentAt
      attempts
      lastError
    }
  }
}
    `) as unknown as TypedDocumentString<PlatformOutboxQuery, PlatformOutboxQueryVariables>;