/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@masswerk/dashboard/shared/data-access';

import { TypedDocumentString } from '@masswerk/dashboard/shared/data-access';
export type MeasureListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: Types.MeasureFilter | null | undefined;
  orderBy?: Types.MeasureOrder | null | undefined;
}>;


export type MeasureListQuery = { measures: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string, title: string, status: Types.MeasureStatus, phase: Types.Phase, flagship: boolean, plannedEnd: string | null, viewerCanReport: boolean, modelProject: { id: string, code: string, name: string }, leadUnit: { id: string, name: string } | null, progress: { value: number }, health: { value: Types.Health, overridden: boolean, expectedProgress: number | null }, freshness: { value: Types.Freshness, daysSinceLastReport: number | null } }> } };

export type MeasureFilterOptionsQueryVariables = Exact<{
  code: string;
}>;


export type MeasureFilterOptionsQuery = { modelProject: { id: string, code: string, name: string, leadUnit: { id: string, name: string }, members: Array<{ id: string, name: string }>, fieldsOfAction: Array<{ id: string, code: string, name: string }> } };

export type MilestoneFieldsFragment = { id: string, title: string, description: string, baselineDate: string, forecastDate: string | null, completedOn: string | null, weight: number, sortOrder: number, version: number, slippageDays: number, state: Types.MilestoneState, dueDate: string };

export type StatusReportFieldsFragment = { id: string, reportDate: string, trafficLight: Types.TrafficLight, progress: number, achieved: string, nextSteps: string, risks: string, authorName: string | null, createdAt: string, version: number, viewerCanCorrect: boolean };

export type IndicatorFieldsFragment = { id: string, name: string, unit: string, description: string, baselineValue: string | null, targetValue: string | null, targetDate: string | null, sortOrder: number, version: number, values: Array<{ id: string, measuredOn: string, value: string, note: string }> };

export type MeasureDetailQueryVariables = Exact<{
  code: string;
}>;


export type MeasureDetailQuery = { today: string, measureByCode: { id: string, code: string, title: string, summary: string, description: string, responsibleUnit: string, contactName: string, contactEmail: string | null, partners: Array<string>, priority: Types.Priority, flagship: boolean, phase: Types.Phase, plannedStart: string | null, plannedEnd: string | null, actualStart: string | null, actualEnd: string | null, status: Types.MeasureStatus, published: boolean, tags: Array<string>, continuationPlan: string, version: number, updatedAt: string, viewerCanEditPlan: boolean, viewerCanReport: boolean, openSource: { repositoryUrl: string | null, licence: string | null, documentationUrl: string | null }, transferability: { level: Types.Transferability, notes: string }, modelProject: { id: string, code: string, name: string }, leadUnit: { id: string, name: string } | null, participatingUnits: Array<{ id: string, name: string }>, adopters: Array<{ id: string, name: string }>, fieldsOfAction: Array<{ id: string, code: string, name: string }>, goals: Array<{ id: string, code: string, title: string }>, assignees: Array<{ id: string, displayName: string }>, progress: { value: number, source: Types.ProgressSource, manualReason: string | null, reportedOn: string | null, milestones: number | null }, health: { value: Types.Health, computed: Types.Health, overridden: boolean, overrideReason: string | null, expectedProgress: number | null, reason: { rule: Types.HealthRule, expectedProgress: number | null, progress: number, lag: number | null, plannedEnd: string | null, daysPastPlannedEnd: number | null, overdueMilestoneDue: string | null, overdueMilestoneDays: number | null, overdueMilestone: { id: string, title: string } | null } }, freshness: { value: Types.Freshness, daysSinceLastReport: number | null, lastReportOn: string | null }, milestones: Array<{ id: string, title: string, description: string, baselineDate: string, forecastDate: string | null, completedOn: string | null, weight: number, sortOrder: number, version: number, slippageDays: number, state: Types.MilestoneState, dueDate: string }>, statusReports: Array<{ id: string, reportDate: string, trafficLight: Types.TrafficLight, progress: number, achieved: string, nextSteps: string, risks: string, authorName: string | null, createdAt: string, version: number, viewerCanCorrect: boolean }>, indicators: Array<{ id: string, name: string, unit: string, description: string, baselineValue: string | null, targetValue: string | null, targetDate: string | null, sortOrder: number, version: number, values: Array<{ id: string, measuredOn: string, value: string, note: string }> }>, history: Array<{ id: string, occurredAt: string, actorName: string, entityType: string, action: Types.HistoryAction, changes: Array<{ field: string, before: string | null, after: string | null }> }> } };

export type CreateStatusReportMutationVariables = Exact<{
  input: Types.CreateStatusReportInput;
}>;


export type CreateStatusReportMutation = { createStatusReport: { id: string, reportDate: string, trafficLight: Types.TrafficLight, progress: number, achieved: string, nextSteps: string, risks: string, authorName: string | null, createdAt: string, version: number, viewerCanCorrect: boolean } };

export type UpdateStatusReportMutationVariables = Exact<{
  input: Types.UpdateStatusReportInput;
}>;


export type UpdateStatusReportMutation = { updateStatusReport: { id: string, reportDate: string, trafficLight: Types.TrafficLight, progress: number, achieved: string, nextSteps: string, risks: string, authorName: string | null, createdAt: string, version: number, viewerCanCorrect: boolean } };

export type DeleteStatusReportMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type DeleteStatusReportMutation = { deleteStatusReport: string };

export type ReportMilestoneMutationVariables = Exact<{
  input: Types.ReportMilestoneInput;
}>;


export type ReportMilestoneMutation = { reportMilestone: { id: string, title: string, description: string, baselineDate: string, forecastDate: string | null, completedOn: string | null, weight: number, sortOrder: number, version: number, slippageDays: number, state: Types.MilestoneState, dueDate: string } };

export type UpdateMeasureProgressMutationVariables = Exact<{
  input: Types.UpdateMeasureProgressInput;
}>;


export type UpdateMeasureProgressMutation = { updateMeasureProgress: { id: string, version: number, status: Types.MeasureStatus, actualStart: string | null, actualEnd: string | null } };

export type CreateMilestoneMutationVariables = Exact<{
  input: Types.CreateMilestoneInput;
}>;


export type CreateMilestoneMutation = { createMilestone: { id: string, title: string, description: string, baselineDate: string, forecastDate: string | null, completedOn: string | null, weight: number, sortOrder: number, version: number, slippageDays: number, state: Types.MilestoneState, dueDate: string } };

export type UpdateMilestoneMutationVariables = Exact<{
  input: Types.UpdateMilestoneInput;
}>;


export type UpdateMilestoneMutation = { updateMilestone: { id: string, title: string, description: string, baselineDate: string, forecastDate: string | null, completedOn: string | null, weight: number, sortOrder: number, version: number, slippageDays: number, state: Types.MilestoneState, dueDate: string } };

export type DeleteMilestoneMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type DeleteMilestoneMutation = { deleteMilestone: string };

export type CreateIndicatorMutationVariables = Exact<{
  input: Types.CreateIndicatorInput;
}>;


export type CreateIndicatorMutation = { createIndicator: { id: string, name: string, unit: string, description: string, baselineValue: string | null, targetValue: string | null, targetDate: string | null, sortOrder: number, version: number, values: Array<{ id: string, measuredOn: string, value: string, note: string }> } };

export type UpdateIndicatorMutationVariables = Exact<{
  input: Types.UpdateIndicatorInput;
}>;


export type UpdateIndicatorMutation = { updateIndicator: { id: string, name: string, unit: string, description: string, baselineValue: string | null, targetValue: string | null, targetDate: string | null, sortOrder: number, version: number, values: Array<{ id: string, measuredOn: string, value: string, note: string }> } };

export type DeleteIndicatorMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type DeleteIndicatorMutation = { deleteIndicator: string };

export type RecordIndicatorValueMutationVariables = Exact<{
  input: Types.RecordIndicatorValueInput;
}>;


export type RecordIndicatorValueMutation = { recordIndicatorValue: { id: string, name: string, unit: string, description: string, baselineValue: string | null, targetValue: string | null, targetDate: string | null, sortOrder: number, version: number, values: Array<{ id: string, measuredOn: string, value: string, note: string }> } };

export type DeleteIndicatorValueMutationVariables = Exact<{
  id: string;
}>;


export type DeleteIndicatorValueMutation = { deleteIndicatorValue: string };


export const MilestoneFieldsFragmentDoc = new TypedDocumentString(`
    fragment MilestoneFields on Milestone {
  id
  title
  description
  baselineDate
  forecastDate
  completedOn
  weight
  sortOrder
  version
  slippageDays
  state
  dueDate
}
    `, {"fragmentName":"MilestoneFields"}) as unknown as TypedDocumentString<MilestoneFieldsFragment, unknown>;
export const StatusReportFieldsFragmentDoc = new TypedDocumentString(`
    fragment StatusReportFields on StatusReport {
  id
  reportDate
  trafficLight
  progress
  achieved
  nextSteps
  risks
  authorName
  createdAt
  version
  viewerCanCorrect
}
    `, {"fragmentName":"StatusReportFields"}) as unknown as TypedDocumentString<StatusReportFieldsFragment, unknown>;
export const IndicatorFieldsFragmentDoc = new TypedDocumentString(`
    fragment IndicatorFields on Indicator {
  id
  name
  unit
  description
  baselineValue
  targetValue
  targetDate
  sortOrder
  version
  values {
    id
    measuredOn
    value
    note
  }
}
    `, {"fragmentName":"IndicatorFields"}) as unknown as TypedDocumentString<IndicatorFieldsFragment, unknown>;
export const MeasureListDocument = new TypedDocumentString(`
    query MeasureList($first: Int, $after: String, $filter: MeasureFilter, $orderBy: MeasureOrder) {
  measures(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
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
      flagship
      plannedEnd
      modelProject {
        id
        code
        name
      }
      leadUnit {
        id
        name
      }
      progress {
        value
      }
      health {
        value
        overridden
        expectedProgress
      }
      freshness {
        value
        daysSinceLastReport
      }
      viewerCanReport
    }
  }
}
    `) as unknown as TypedDocumentString<MeasureListQuery, MeasureListQueryVariables>;
export const MeasureFilterOptionsDocument = new TypedDocumentString(`
    query MeasureFilterOptions($code: String!) {
  modelProject(code: $code) {
    id
    code
    name
    leadUnit {
      id
      name
    }
    members {
      id
      name
    }
    fieldsOfAction {
      id
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<MeasureFilterOptionsQuery, MeasureFilterOptionsQueryVariables>;
export const MeasureDetailDocument = new TypedDocumentString(`
    query MeasureDetail($code: String!) {
  today
  measureByCode(code: $code) {
    id
    code
    title
    summary
    description
    responsibleUnit
    contactName
    contactEmail
    partners
    priority
    flagship
    phase
    plannedStart
    plannedEnd
    actualStart
    actualEnd
    status
    published
    tags
    continuationPlan
    version
    updatedAt
    viewerCanEditPlan
    viewerCanReport
    openSource {
      repositoryUrl
      licence
      documentationUrl
    }
    transferability {
      level
      notes
    }
    modelProject {
      id
      code
      name
    }
    leadUnit {
      id
      name
    }
    participatingUnits {
      id
      name
    }
    adopters {
      id
      name
    }
    fieldsOfAction {
      id
      code
      name
    }
    goals {
      id
      code
      title
    }
    assignees {
      id
      displayName
    }
    progress {
      value
      source
      manualReason
      reportedOn
      milestones
    }
    health {
      value
      computed
      overridden
      overrideReason
      expectedProgress
      reason {
        rule
        expectedProgress
        progress
        lag
        plannedEnd
        daysPastPlannedEnd
        overdueMilestoneDue
        overdueMilestoneDays
        overdueMilestone {
          id
          title
        }
      }
    }
    freshness {
      value
      daysSinceLastReport
      lastReportOn
    }
    milestones {
      ...MilestoneFields
    }
    statusReports(limit: 20) {
      ...StatusReportFields
    }
    indicators {
      ...IndicatorFields
    }
    history(limit: 50) {
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
    }
  }
}
    fragment MilestoneFields on Milestone {
  id
  title
  description
  baselineDate
  forecastDate
  completedOn
  weight
  sortOrder
  version
  slippageDays
  state
  dueDate
}
fragment StatusReportFields on StatusReport {
  id
  reportDate
  trafficLight
  progress
  achieved
  nextSteps
  risks
  authorName
  createdAt
  version
  viewerCanCorrect
}
fragment IndicatorFields on Indicator {
  id
  name
  unit
  description
  baselineValue
  targetValue
  targetDate
  sortOrder
  version
  values {
    id
    measuredOn
    value
    note
  }
}`) as unknown as TypedDocumentString<MeasureDetailQuery, MeasureDetailQueryVariables>;
export const CreateStatusReportDocument = new TypedDocumentString(`
    mutation CreateStatusReport($input: CreateStatusReportInput!) {
  createStatusReport(input: $input) {
    ...StatusReportFields
  }
}
    fragment StatusReportFields on StatusReport {
  id
  reportDate
  trafficLight
  progress
  achieved
  nextSteps
  risks
  authorName
  createdAt
  version
  viewerCanCorrect
}`) as unknown as TypedDocumentString<CreateStatusReportMutation, CreateStatusReportMutationVariables>;
export const UpdateStatusReportDocument = new TypedDocumentString(`
    mutation UpdateStatusReport($input: UpdateStatusReportInput!) {
  updateStatusReport(input: $input) {
    ...StatusReportFields
  }
}
    fragment StatusReportFields on StatusReport {
  id
  reportDate
  trafficLight
  progress
  achieved
  nextSteps
  risks
  authorName
  createdAt
  version
  viewerCanCorrect
}`) as unknown as TypedDocumentString<UpdateStatusReportMutation, UpdateStatusReportMutationVariables>;
export const DeleteStatusReportDocument = new TypedDocumentString(`
    mutation DeleteStatusReport($id: ID!, $version: Int!) {
  deleteStatusReport(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<DeleteStatusReportMutation, DeleteStatusReportMutationVariables>;
export const ReportMilestoneDocument = new TypedDocumentString(`
    mutation ReportMilestone($input: ReportMilestoneInput!) {
  reportMilestone(input: $input) {
    ...MilestoneFields
  }
}
    fragment MilestoneFields on Milestone {
  id
  title
  description
  baselineDate
  forecastDate
  completedOn
  weight
  sortOrder
  version
  slippageDays
  state
  dueDate
}`) as unknown as TypedDocumentString<ReportMilestoneMutation, ReportMilestoneMutationVariables>;
export const UpdateMeasureProgressDocument = new TypedDocumentString(`
    mutation UpdateMeasureProgress($input: UpdateMeasureProgressInput!) {
  updateMeasureProgress(input: $input) {
    id
    version
    status
    actualStart
    actualEnd
  }
}
    `) as unknown as TypedDocumentString<UpdateMeasureProgressMutation, UpdateMeasureProgressMutationVariables>;
export const CreateMilestoneDocument = new TypedDocumentString(`
    mutation CreateMilestone($input: CreateMilestoneInput!) {
  createMilestone(input: $input) {
    ...MilestoneFields
  }
}
    fragment MilestoneFields on Milestone {
  id
  title
  description
  baselineDate
  forecastDate
  completedOn
  weight
  sortOrder
  version
  slippageDays
  state
  dueDate
}`) as unknown as TypedDocumentString<CreateMilestoneMutation, CreateMilestoneMutationVariables>;
export const UpdateMilestoneDocument = new TypedDocumentString(`
    mutation UpdateMilestone($input: UpdateMilestoneInput!) {
  updateMilestone(input: $input) {
    ...MilestoneFields
  }
}
    fragment MilestoneFields on Milestone {
  id
  title
  description
  baselineDate
  forecastDate
  completedOn
  weight
  sortOrder
  version
  slippageDays
  state
  dueDate
}`) as unknown as TypedDocumentString<UpdateMilestoneMutation, UpdateMilestoneMutationVariables>;
export const DeleteMilestoneDocument = new TypedDocumentString(`
    mutation DeleteMilestone($id: ID!, $version: Int!) {
  deleteMilestone(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<DeleteMilestoneMutation, DeleteMilestoneMutationVariables>;
export const CreateIndicatorDocument = new TypedDocumentString(`
    mutation CreateIndicator($input: CreateIndicatorInput!) {
  createIndicator(input: $input) {
    ...IndicatorFields
  }
}
    fragment IndicatorFields on Indicator {
  id
  name
  unit
  description
  baselineValue
  targetValue
  targetDate
  sortOrder
  version
  values {
    id
    measuredOn
    value
    note
  }
}`) as unknown as TypedDocumentString<CreateIndicatorMutation, CreateIndicatorMutationVariables>;
export const UpdateIndicatorDocument = new TypedDocumentString(`
    mutation UpdateIndicator($input: UpdateIndicatorInput!) {
  updateIndicator(input: $input) {
    ...IndicatorFields
  }
}
    fragment IndicatorFields on Indicator {
  id
  name
  unit
  description
  baselineValue
  targetValue
  targetDate
  sortOrder
  version
  values {
    id
    measuredOn
    value
    note
  }
}`) as unknown as TypedDocumentString<UpdateIndicatorMutation, UpdateIndicatorMutationVariables>;
export const DeleteIndicatorDocument = new TypedDocumentString(`
    mutation DeleteIndicator($id: ID!, $version: Int!) {
  deleteIndicator(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<DeleteIndicatorMutation, DeleteIndicatorMutationVariables>;
export const RecordIndicatorValueDocument = new TypedDocumentString(`
    mutation RecordIndicatorValue($input: RecordIndicatorValueInput!) {
  recordIndicatorValue(input: $input) {
    ...IndicatorFields
  }
}
    fragment IndicatorFields on Indicator {
  id
  name
  unit
  description
  baselineValue
  targetValue
  targetDate
  sortOrder
  version
  values {
    id
    measuredOn
    value
    note
  }
}`) as unknown as TypedDocumentString<RecordIndicatorValueMutation, RecordIndicatorValueMutationVariables>;
export const DeleteIndicatorValueDocument = new TypedDocumentString(`
    mutation DeleteIndicatorValue($id: ID!) {
  deleteIndicatorValue(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteIndicatorValueMutation, DeleteIndicatorValueMutationVariables>;