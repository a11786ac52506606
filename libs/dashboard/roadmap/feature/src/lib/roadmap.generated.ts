/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@masswerk/dashboard/shared/data-access';

import { TypedDocumentString } from '@masswerk/dashboard/shared/data-access';
export type RoadmapQueryVariables = Exact<{
  code: string;
  after?: string | null | undefined;
}>;


export type RoadmapQuery = { modelProject: { id: string, code: string, name: string, viewerRole: Types.Role | null, phaseA: { plannedStart: string | null, plannedEnd: string | null, actualStart: string | null, actualEnd: string | null }, phaseB: { plannedStart: string | null, plannedEnd: string | null, actualStart: string | null, actualEnd: string | null }, fieldsOfAction: Array<{ id: string, code: string, name: string, sortOrder: number }>, measures: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string, title: string, status: Types.MeasureStatus, phase: Types.Phase, plannedStart: string | null, plannedEnd: string | null, actualStart: string | null, actualEnd: string | null, health: { value: Types.Health }, progress: { value: number }, freshness: { lastReportOn: string | null, daysSinceLastReport: number | null }, fieldsOfAction: Array<{ id: string }>, milestones: Array<{ id: string, title: string, baselineDate: string, forecastDate: string | null, completedOn: string | null, state: Types.MilestoneState, slippageDays: number }> }> } } };



export const RoadmapDocument = new TypedDocumentString(`
    query Roadmap($code: String!, $after: String) {
  modelProject(code: $code) {
    id
    code
    name
    viewerRole
    phaseA {
      plannedStart
      plannedEnd
      actualStart
      actualEnd
    }
    phaseB {
      plannedStart
      plannedEnd
      actualStart
      actualEnd
    }
    fieldsOfAction {
      id
      code
      name
      sortOrder
    }
    measures(first: 100, after: $after, orderBy: {field: CODE, direction: ASC}) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        code
        title
        status
        phase
        plannedStart
        plannedEnd
        actualStart
        actualEnd
        health {
          value
        }
        progress {
          value
        }
        freshness {
          lastReportOn
          daysSinceLastReport
        }
        fieldsOfAction {
          id
        }
        milestones {
          id
          title
          baselineDate
          forecastDate
          completedOn
          state
          slippageDays
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RoadmapQuery, RoadmapQueryVariables>;