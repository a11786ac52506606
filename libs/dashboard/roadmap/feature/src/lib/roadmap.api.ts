import { inject, Injectable } from '@angular/core';
import { EMPTY, expand, map, Observable, reduce } from 'rxjs';
import { GraphqlClient } from '@masswerk/dashboard/shared/data-access';
import { RoadmapDocument, RoadmapQuery } from './roadmap.generated';

type RoadmapPage = RoadmapQuery['modelProject'];
export type RoadmapMeasure = RoadmapPage['measures']['nodes'][number];
export type RoadmapMilestone = RoadmapMeasure['milestones'][number];
export type RoadmapField = RoadmapPage['fieldsOfAction'][number];
export type PhaseSchedule = RoadmapPage['phaseA'];

/** A project's schedule with all of its measures (every page). */
export interface RoadmapProject {
  id: string;
  code: string;
  name: string;
  /** Null for a cluster partner, who sees only published measures. */
  viewerRole: RoadmapPage['viewerRole'];
  phaseA: PhaseSchedule;
  phaseB: PhaseSchedule;
  fieldsOfAction: RoadmapField[];
  measures: RoadmapMeasure[];
}

/** Joins the pages of one project into one schedule; the project's own fields come from the first page. */
export function mergePages(pages: RoadmapPage[]): RoadmapProject {
  const [first] = pages;
  if (!first) throw new RangeError('No page of the roadmap');
  return {
    id: first.id,
    code: first.code,
    name: first.name,
    viewerRole: first.viewerRole,
    phaseA: first.phaseA,
    phaseB: first.phaseB,
    fieldsOfAction: first.fieldsOfAction,
    measures: pages.flatMap((p) => p.measures.nodes),
  };
}

/** The timeline reads every measure of a project; the API serves at most 100 per page, so it pages through. */
@Injectable({ providedIn: 'root' })
export class RoadmapApi {
  private readonly client = inject(GraphqlClient);

  load(code: string): Observable<RoadmapProject> {
    const page = (after: string | null) =>
      this.client.request(RoadmapDocument, { code, after }).pipe(map((d) => d.modelProject));
    return page(null).pipe(
      expand((p) => (p.measures.pageInfo.hasNextPage ? page(p.measures.pageInfo.endCursor) : EMPTY)),
      reduce<RoadmapPage, RoadmapPage[]>((pages, p) => [...pages, p], []),
      map(mergePages),
    );
  }
}
