/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@masswerk/dashboard/shared/data-access';

import { TypedDocumentString } from '@masswerk/dashboard/shared/data-access';
export type SummaryFieldsFragment = { measureCount: number, averageProgress: number | null, staleMeasures: number, overdueMilestones: number, milestonesDueSoon: number, milestoneCount: number, slippedMilestones: number, averageSlippageDays: number | null, byStatus: Array<{ status: Types.MeasureStatus, count: number }>, byHealth: Array<{ health: Types.Health, count: number }> };

export type ProjectListQueryVariables = Exact<{ [key: string]: never; }>;


export type ProjectListQuery = { modelProjects: { totalCount: number, nodes: Array<{ id: string, code: string, name: string, cohortYear: number, viewerRole: Types.Role | null, leadUnit: { id: string, name: string }, cluster: { id: string, name: string } | null, phaseB: { plannedStart: string | null, plannedEnd: string | null }, summary: { measureCount: number, averageProgress: number | null, staleMeasures: number, overdueMilestones: number, milestonesDueSoon: number, milestoneCount: number, slippedMilestones: number, averageSlippageDays: number | null, byStatus: Array<{ status: Types.MeasureStatus, count: number }>, byHealth: Array<{ health: Types.Health, count: number }> } }> } };

export type ProjectOverviewQueryVariables = Exact<{
  code: string;
}>;


export type ProjectOverviewQuery = { modelProject: { id: string, code: string, name: string, cohortYear: number, budgetaryEmergency: boolean, viewerRole: Types.Role | null, viewerPermissions: Array<Types.Permission>, websiteUrl: string | null, office: { name: string, email: string | null, address: string }, phaseA: { plannedStart: string | null, plannedEnd: string | null, actualStart: string | null, actualEnd: string | null }, phaseB: { plannedStart: string | null, plannedEnd: string | null, actualStart: string | null, actualEnd: string | null }, leadUnit: { id: string, name: string }, members: Array<{ id: string, name: string }>, cluster: { id: string, name: string } | null, strategy: { id: string, title: string, currentVersion: { versionNumber: number, vision: string, adoptedOn: string | null, resolutionReference: string | null } | null } | null, summary: { measureCount: number, averageProgress: number | null, staleMeasures: number, overdueMilestones: number, milestonesDueSoon: number, milestoneCount: number, slippedMilestones: number, averageSlippageDays: number | null, byStatus: Array<{ status: Types.MeasureStatus, count: number }>, byHealth: Array<{ health: Types.Health, count: number }> }, funding: { calledOffTotal: string, plannedTotal: { total: string }, actualTotal: { total: string } } | null, byField: Array<{ key: string, fieldOfAction: { id: string, code: string, name: string } | null, summary: { measureCount: number, averageProgress: number | null, staleMeasures: number, overdueMilestones: number, milestonesDueSoon: number, milestoneCount: number, slippedMilestones: number, averageSlippageDays: number | null, byStatus: Array<{ status: Types.MeasureStatus, count: number }>, byHealth: Array<{ health: Types.Health, count: number }> } }>, byMunicipality: Array<{ key: string, municipality: { id: string, name: string } | null, summary: { measureCount: number, averageProgress: number | null, staleMeasures: number, overdueMilestones: number, milestonesDueSoon: number, milestoneCount: number, slippedMilestones: number, averageSlippageDays: number | null, byStatus: Array<{ status: Types.MeasureStatus, count: number }>, byHealth: Array<{ health: Types.Health, count: number }> } }>, late: { totalCount: number, nodes: Array<{ id: string, code: string, title: string, health: { value: Types.Health }, milestones: Array<{ id: string, title: string, state: Types.MilestoneState, baselineDate: string, forecastDate: string | null, slippageDays: number }> }> }, stale: { totalCount: number, nodes: Array<{ id: string, code: string, title: string, freshness: { value: Types.Freshness, daysSinceLastReport: number | null } }> } } };

export type ProjectChangesQueryVariables = Exact<{
  code: string;
  since: string;
  limit: number;
}>;


export type ProjectChangesQuery = { modelProject: { id: string, changes: Array<{ id: string, occurredAt: string, actorName: string, entityType: string, action: Types.HistoryAction, changes: Array<{ field: string, before: string | null, after: string | null }>, measure: { id: string, code: string, title: string } | null }> } };


export const SummaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment SummaryFields on PortfolioSummary {
  measureCount
  averageProgress
  staleMeasures
  overdueMilestones
  milestonesDueSoon
  milestoneCount
  slippedMilestones
  averageSlippageDays
  byStatus {
    status
    count
  }
  byHealth {
    health
    count
  }
}
    `, {"fragmentName":"SummaryFields"}) as unknown as TypedDocumentString<SummaryFieldsFragment, unknown>;
export const ProjectListDocument = new TypedDocumentString(`
    query ProjectList {
  modelProjects(first: 100) {
    totalCount
    nodes {
      id
      code
      name
      cohortYear
      viewerRole
      leadUnit {
        id
        name
      }
      cluster {
        id
        name
      }
      phaseB {
        plannedStart
        plannedEnd
      }
      summary {
        ...SummaryFields
      }
    }
  }
}
    fragment SummaryFields on PortfolioSummary {
  measureCount
  averageProgress
  staleMeasures
  overdueMilestones
  milestonesDueSoon
  milestoneCount
  slippedMilestones
  averageSlippageDays
  byStatus {
    status
    count
  }
  byHealth {
    health
    count
  }
}`) as unknown as TypedDocumentString<ProjectListQuery, ProjectListQueryVariables>;
export const ProjectOverviewDocument = new TypedDocumentString(`
    query ProjectOverview($code: String!) {
  modelProject(code: $code) {
    id
    code
    name
    cohortYear
    budgetaryEmergency
    viewerRole
    viewerPermissions
    websiteUrl
    office {
      name
      email
      address
    }
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
    leadUnit {
      id
      name
    }
    members {
      id
      name
    }
    cluster {
      id
      name
    }
    strategy {
      id
      title
      currentVersion {
        versionNumber
        vision
        adoptedOn
        resolutionReference
      }
    }
    summary {
      ...SummaryFields
    }
    funding {
      plannedTotal {
        total
      }
      actualTotal {
        total
      }
      calledOffTotal
    }
    byField: breakdown(by: FIELD_OF_ACTION) {
      key
      fieldOfAction {
        id
        code
        name
      }
      summary {
        ...SummaryFields
      }
    }
    byMunicipality: breakdown(by: MUNICIPALITY) {
      key
      municipality {
        id
        name
      }
      summary {
        ...SummaryFields
      }
    }
    late: measures(
      first: 10
      filter: {hasOverdueMilestone: true}
      orderBy: {field: DUE_FIRST, direction: ASC}
    ) {
      totalCount
      nodes {
        id
        code
        title
        health {
          value
        }
        milestones {
          id
          title
          state
          baselineDate
          forecastDate
          slippageDays
        }
      }
    }
    stale: measures(
      first: 10
      filter: {statuses: [PLANNING, IN_PROGRESS], freshness: [STALE, VERY_STALE, NO_REPORT]}
      orderBy: {field: LAST_REPORT, direction: ASC}
    ) {
      totalCount
      nodes {
        id
        code
        title
        freshness {
          value
          daysSinceLastReport
        }
      }
    }
  }
}
    fragment SummaryFields on PortfolioSummary {
  measureCount
  averageProgress
  staleMeasures
  overdueMilestones
  milestonesDueSoon
  milestoneCount
  slippedMilestones
  averageSlippageDays
  byStatus {
    status
    count
  }
  byHealth {
    health
    count
  }
}`) as unknown as TypedDocumentString<ProjectOverviewQuery, ProjectOverviewQueryVariables>;
export const ProjectChangesDocument = new TypedDocumentString(`
    query ProjectChanges($code: String!, $since: DateTime!, $limit: Int!) {
  modelProject(code: $code) {
    id
    changes(since: $since, limit: $limit) {
      id
      occurredAt
      actorName
      entityType
      action
      changes {
        field
        before
        after
      }
      measure {
        id
        code
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProjectChangesQuery, ProjectChangesQueryVariables>;