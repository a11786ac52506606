import { inject, Injectable } from '@angular/core';
import { map, Observable } from 'rxjs';
import { GraphqlClient } from '@masswerk/dashboard/shared/data-access';
import {
  CloseReportingRoundDocument,
  CreateCouncilSessionDocument,
  DeleteCouncilSessionDocument,
  DeleteReportingRoundDocument,
  OpenReportingRoundDocument,
  ProjectRoundsDocument,
  ProjectRoundsQuery,
  RemindReportingRoundDocument,
  RoundMeasureCandidatesDocument,
  RoundMeasureCandidatesQuery,
  ReportingRoundPageDocument,
  ReportingRoundPageQuery,
  UpdateCouncilSessionDocument,
} from './rounds.generated';

export type RoundView = ProjectRoundsQuery['reportingRounds'][number];
export type CouncilSessionView = ProjectRoundsQuery['councilSessions'][number];
export type RoundPageView = ReportingRoundPageQuery;
export type RoundMeasureView = ReportingRoundPageQuery['reportingRound']['measures'][number];
export type RoundChangesView = NonNullable<ReportingRoundPageQuery['reportingRound']['changes']>;

export type RoundCandidate = RoundMeasureCandidatesQuery['measures']['nodes'][number];

export type RoundExport = 'round.xlsx' | 'narrative-report.pdf' | 'council-briefing.pdf';

/** Reporting rounds and council sessions of a project. */
@Injectable({ providedIn: 'root' })
export class RoundsApi {
  private readonly client = inject(GraphqlClient);

  readonly open = this.client.withInput(OpenReportingRoundDocument);
  readonly close = this.client.withInput(CloseReportingRoundDocument);
  readonly createSession = this.client.withInput(CreateCouncilSessionDocument);
  readonly updateSession = this.client.withInput(UpdateCouncilSessionDocument);

  project(code: string): Observable<ProjectRoundsQuery> {
    return this.client.request(ProjectRoundsDocument, { code });
  }

  round(code: string, id: string): Observable<ReportingRoundPageQuery> {
    return this.client.request(ReportingRoundPageDocument, { code, id });
  }

  /** Measures of the project matching the words, for choosing a round's measures. */
  candidates(projectId: string, search: string): Observable<RoundCandidate[]> {
    return this.client
      .request(RoundMeasureCandidatesDocument, { projectId, search: search.trim() || null })
      .pipe(map((d) => d.measures.nodes));
  }

  remind(id: string) {
    return this.client.run(RemindReportingRoundDocument, { id });
  }

  deleteRound(id: string, version: number) {
    return this.client.run(DeleteReportingRoundDocument, { id, version });
  }

  deleteSession(id: string, version: number) {
    return this.client.run(DeleteCouncilSessionDocument, { id, version });
  }
}

/** The download address of a closed round's export; the session cookie authorises it. */
export function roundExportUrl(code: string, roundId: string, kind: RoundExport): string {
  return `/api/exports/projects/${encodeURIComponent(code)}/rounds/${encodeURIComponent(roundId)}/${kind}`;
}
