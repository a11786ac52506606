/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@masswerk/dashboard/shared/data-access';

import { TypedDocumentString } from '@masswerk/dashboard/shared/data-access';
export type ClusterSummaryFieldsFragment = { measureCount: number, averageProgress: number | null, staleMeasures: number, overdueMilestones: number, milestoneCount: number, slippedMilestones: number, averageSlippageDays: number | null, byHealth: Array<{ health: Types.Health, count: number }> };

export type ClusterComparisonQueryVariables = Exact<{
  id: string;
}>;


export type ClusterComparisonQuery = { cluster: { id: string, name: string, description: string, summary: { measureCount: number, averageProgress: number | null, staleMeasures: number, overdueMilestones: number, milestoneCount: number, slippedMilestones: number, averageSlippageDays: number | null, byHealth: Array<{ health: Types.Health, count: number }> }, modelProjects: Array<{ id: string, code: string, name: string, cohortYear: number, viewerRole: Types.Role | null, summary: { measureCount: number, averageProgress: number | null, staleMeasures: number, overdueMilestones: number, milestoneCount: number, slippedMilestones: number, averageSlippageDays: number | null, byHealth: Array<{ health: Types.Health, count: number }> }, funding: { calledOffTotal: string, plannedTotal: { total: string }, actualTotal: { total: string } } | null }> } };


export const ClusterSummaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment ClusterSummaryFields on PortfolioSummary {
  measureCount
  averageProgress
  staleMeasures
  overdueMilestones
  milestoneCount
  slippedMilestones
  averageSlippageDays
  byHealth {
    health
    count
  }
}
    `, {"fragmentName":"ClusterSummaryFields"}) as unknown as TypedDocumentString<ClusterSummaryFieldsFragment, unknown>;
export const ClusterComparisonDocument = new TypedDocumentString(`
    query ClusterComparison($id: ID!) {
  cluster(id: $id) {
    id
    name
    description
    summary {
      ...ClusterSummaryFields
    }
    modelProjects {
      id
      code
      name
      cohortYear
      viewerRole
      summary {
        ...ClusterSummaryFields
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
    }
  }
}
    fragment ClusterSummaryFields on PortfolioSummary {
  measureCount
  averageProgress
  staleMeasures
  overdueMilestones
  milestoneCount
  slippedMilestones
  averageSlippageDays
  byHealth {
    health
    count
  }
}`) as unknown as TypedDocumentString<ClusterComparisonQuery, ClusterComparisonQueryVariables>;