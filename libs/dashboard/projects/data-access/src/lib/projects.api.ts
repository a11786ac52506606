import { inject, Injectable } from '@angular/core';
import { map, Observable } from 'rxjs';
import { Health, shareOfAssessed } from '@masswerk/shared/domain';
import { GraphqlClient } from '@masswerk/dashboard/shared/data-access';
import {
  ProjectChangesDocument,
  ProjectChangesQuery,
  ProjectListDocument,
  ProjectListQuery,
  ProjectOverviewDocument,
  ProjectOverviewQuery,
} from './projects.generated';

export type ProjectListItem = ProjectListQuery['modelProjects']['nodes'][number];
export type ProjectOverview = ProjectOverviewQuery['modelProject'];
export type ProjectChange = ProjectChangesQuery['modelProject']['changes'][number];
export type Summary = ProjectListItem['summary'];

/** How many changes the overview lists at most; more are a reason to narrow the period. */
export const CHANGES_LIMIT = 100;

/** Model projects and their roll-ups, as the council and the project office read them. */
@Injectable({ providedIn: 'root' })
export class ProjectsApi {
  private readonly client = inject(GraphqlClient);

  list(): Observable<ProjectListItem[]> {
    return this.client.request(ProjectListDocument).pipe(map((d) => d.modelProjects.nodes));
  }

  overview(code: string): Observable<ProjectOverview> {
    return this.client.request(ProjectOverviewDocument, { code }).pipe(map((d) => d.modelProject));
  }

  /** What changed in the project's agenda since a day (00:00 local time), newest first. */
  changesSince(code: string, since: Date, limit = CHANGES_LIMIT): Observable<ProjectChange[]> {
    return this.client
      .request(ProjectChangesDocument, { code, since: since.toISOString(), limit })
      .pipe(map((d) => d.modelProject.changes));
  }
}

/** Count of measures with a health value in a summary. */
export function healthCount(summary: Summary, health: string): number {
  return summary.byHealth.find((h) => h.health === health)?.count ?? 0;
}

/** Share (0–100) of the assessed measures that are on track. */
export function onTrackShare(summary: Summary): number | null {
  return shareOfAssessed(summary.byHealth, Health.ON_TRACK);
}
