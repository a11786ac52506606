import { inject, Injectable } from '@angular/core';
import { map, Observable } from 'rxjs';
import { GraphqlClient } from '@masswerk/dashboard/shared/data-access';
import {
  CreateCallOffDocument,
  CreateProofDocument,
  ProjectFundingDocument,
  ProjectFundingQuery,
  UpdateCallOffDocument,
  UpdateProofDocument,
} from './funding.generated';

export type ProjectFundingView = ProjectFundingQuery;
export type PhaseFundingView = NonNullable<ProjectFundingQuery['modelProject']['funding']>['phases'][number];
export type FundingWarningView = NonNullable<ProjectFundingQuery['modelProject']['funding']>['warnings'][number];

export type ExportKind =
  | 'numerical-statement.xlsx'
  | 'narrative-report.pdf'
  | 'council-briefing.pdf'
  | 'measures.csv'
  | 'measures.json';

/** Grants, plan against actual, call-offs and proofs; the funders' downloads. */
@Injectable({ providedIn: 'root' })
export class FundingApi {
  private readonly client = inject(GraphqlClient);

  // the changes that take one input
  readonly createCallOff = this.client.withInput(CreateCallOffDocument);
  readonly updateCallOff = this.client.withInput(UpdateCallOffDocument);
  readonly createProof = this.client.withInput(CreateProofDocument);
  readonly updateProof = this.client.withInput(UpdateProofDocument);

  load(code: string, from: string | null, to: string | null): Observable<ProjectFundingView> {
    return this.client.request(ProjectFundingDocument, { code, from, to }).pipe(map((d) => d));
  }
}

/** The download address of an export; the session cookie authorises it like any other request. */
export function exportUrl(
  code: string,
  kind: ExportKind,
  params: { phase?: string | null; from?: string | null; to?: string | null } = {},
): string {
  const query = new URLSearchParams();
  if (params.phase) query.set('phase', params.phase);
  if (params.from) query.set('from', params.from);
  if (params.to) query.set('to', params.to);
  const qs = query.toString();
  return `/api/exports/projects/${encodeURIComponent(code)}/${kind}${qs ? `?${qs}` : ''}`;
}

/** Money strings ("1234.56") compared and summed exactly, via cents. */
export function cents(value: string): bigint {
  const [euros, fraction = ''] = value.replace('-', '').split('.');
  const abs = BigInt(euros) * 100n + BigInt((fraction + '00').slice(0, 2));
  return value.startsWith('-') ? -abs : abs;
}

/** Share of `part` in `whole` as a whole percent, or null. */
export function percentOf(part: string, whole: string): number | null {
  const w = cents(whole);
  return w === 0n ? null : Number((cents(part) * 1000n) / w) / 10;
}
