/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Adds a person to a model project; creates the account when the e-mail address is new. */
export type AddProjectMemberInput = {
  /** Required for a new account. */
  displayName?: string | null | undefined;
  email: string;
  /** Initial password for a new account; the person changes it after signing in. */
  initialPassword?: string | null | undefined;
  modelProjectId: string;
  role: Role;
  /** For editors: the municipality whose measures they answer for. */
  territorialUnitId?: string | null | undefined;
};

export type AddStrategyVersionInput = {
  acceptedByFunderOn?: string | null | undefined;
  adoptedOn?: string | null | undefined;
  label?: string | null | undefined;
  notes?: string | null | undefined;
  resolutionReference?: string | null | undefined;
  strategyId: string;
  targetPictures?: Array<string> | null | undefined;
  values?: Array<string> | null | undefined;
  vision?: string | null | undefined;
};

/** Mittelabruf: draft, submitted to KfW, paid out, or rejected. */
export type CallOffStatus =
  | 'DRAFT'
  | 'PAID'
  | 'REJECTED'
  | 'SUBMITTED';

export type ChangePasswordInput = {
  currentPassword: string;
  newPassword: string;
};

export type CreateApiTokenInput = {
  expiresOn?: string | null | undefined;
  name: string;
};

export type CreateCallOffInput = {
  amount: string;
  grantId: string;
  paidOn?: string | null | undefined;
  periodEnd: string;
  periodStart: string;
  reference?: string | null | undefined;
  requestedOn: string;
  status?: CallOffStatus | null | undefined;
};

export type CreateExpenditureInput = {
  /** Negative for a correction (credit note). */
  amount: string;
  costCategoryId: string;
  description: string;
  /** Invoice or booking number. */
  documentReference?: string | null | undefined;
  measureId: string;
  spentOn: string;
};

export type CreateFieldOfActionInput = {
  code: string;
  description?: string | null | undefined;
  modelProjectId: string;
  name: string;
  sortOrder?: number | null | undefined;
};

export type CreateGoalInput = {
  code: string;
  description?: string | null | undefined;
  fieldOfActionId: string;
  sortOrder?: number | null | undefined;
  title: string;
};

export type CreateGrantInput = {
  commitmentDate?: string | null | undefined;
  commitmentNumber?: string | null | undefined;
  eligibleCosts: string;
  /** Percent; defaults to the programme rate (65 %, or 90 % in budgetary emergency). */
  fundingRate?: number | null | undefined;
  /** Defaults to the federal share of the eligible costs. */
  grantAmount?: string | null | undefined;
  modelProjectId: string;
  notes?: string | null | undefined;
  /** Defaults to the rest of the eligible costs. */
  ownShare?: string | null | undefined;
  periodEnd?: string | null | undefined;
  periodStart?: string | null | undefined;
  phase: Phase;
};

export type CreateMeasureInput = {
  /** Municipalities that adopted the measure. */
  adopterUnitIds?: Array<string> | null | undefined;
  /** Identifier such as EIF-M07: the project code, -M and a number, unique across all projects; assigned automatically when left out, fixed once created. */
  code?: string | null | undefined;
  contactEmail?: string | null | undefined;
  contactName?: string | null | undefined;
  continuationPlan?: string | null | undefined;
  description?: string | null | undefined;
  fieldOfActionIds?: Array<string> | null | undefined;
  flagship?: boolean | null | undefined;
  goalIds?: Array<string> | null | undefined;
  leadUnitId?: string | null | undefined;
  modelProjectId: string;
  ossDocumentationUrl?: string | null | undefined;
  ossLicence?: string | null | undefined;
  ossRepositoryUrl?: string | null | undefined;
  /** Participating municipalities (spatial effect). */
  participatingUnitIds?: Array<string> | null | undefined;
  partners?: Array<string> | null | undefined;
  phase: Phase;
  plannedEnd?: string | null | undefined;
  plannedStart?: string | null | undefined;
  priority?: Priority | null | undefined;
  published?: boolean | null | undefined;
  responsibleUnit?: string | null | undefined;
  status?: MeasureStatus | null | undefined;
  summary?: string | null | undefined;
  tags?: Array<string> | null | undefined;
  title: string;
  transferability?: Transferability | null | undefined;
  transferabilityNotes?: string | null | undefined;
};

export type CreateProofInput = {
  grantId: string;
  kind: ProofKind;
  notes?: string | null | undefined;
  periodEnd: string;
  periodStart: string;
  submittedOn?: string | null | undefined;
};

export type CreateStatusReportInput = {
  achieved?: string | null | undefined;
  measureId: string;
  nextSteps?: string | null | undefined;
  progress: number;
  /** Defaults to today. */
  reportDate?: string | null | undefined;
  risks?: string | null | undefined;
  trafficLight: TrafficLight;
};

export type CreateStrategyInput = {
  modelProjectId: string;
  title: string;
};

export type DeadlineState =
  | 'DUE_SOON'
  | 'OPEN'
  | 'OVERDUE'
  | 'SUBMITTED';

/** Age of the latest status report: ≤30, ≤60, ≤180, >180 days, or none. */
export type Freshness =
  | 'CURRENT'
  | 'DUE'
  | 'NO_REPORT'
  | 'STALE'
  | 'VERY_STALE';

export type FundingWarningCode =
  | 'CALLED_OFF_EXCEEDS_SPENT'
  | 'CATEGORY_OVERSPENT'
  | 'GRANT_INCONSISTENT'
  | 'PHASE_A_MEASURES_CAP_EXCEEDED'
  | 'PHASE_CAP_EXCEEDED'
  | 'PLAN_EXCEEDS_GRANT'
  | 'PROOF_DUE_SOON'
  | 'PROOF_OVERDUE';

export type Health =
  | 'AT_RISK'
  | 'NOT_ASSESSED'
  | 'OFF_TRACK'
  | 'ON_TRACK';

export type HistoryAction =
  | 'CREATE'
  | 'DELETE'
  | 'UPDATE';

export type MeasureFilter = {
  fieldOfActionId?: string | null | undefined;
  flagship?: boolean | null | undefined;
  freshness?: Array<Freshness> | null | undefined;
  goalId?: string | null | undefined;
  /** Only measures with an overdue milestone. */
  hasOverdueMilestone?: boolean | null | undefined;
  health?: Array<Health> | null | undefined;
  /** Only measures the viewer may report on. */
  mine?: boolean | null | undefined;
  modelProjectIds?: Array<string> | null | undefined;
  /** Municipality: lead or participating. */
  municipalityId?: string | null | undefined;
  phase?: Phase | null | undefined;
  published?: boolean | null | undefined;
  /** Words in code, title, summary or responsible unit (German stemming, prefixes). */
  search?: string | null | undefined;
  statuses?: Array<MeasureStatus> | null | undefined;
  tag?: string | null | undefined;
};

export type MeasureOrder = {
  direction?: SortDirection;
  field: MeasureSortField;
};

export type MeasureSortField =
  | 'CODE'
  | 'DUE_FIRST'
  | 'LAST_REPORT'
  | 'PLANNED_END'
  | 'PLANNED_START'
  | 'PROGRESS'
  | 'STATUS'
  | 'TITLE'
  | 'UPDATED_AT';

/** Bearbeitungsstand as in the KTS measure database. */
export type MeasureStatus =
  /** verstetigt (continued after the funding) */
  | 'CONTINUED'
  /** Idee */
  | 'IDEA'
  /** umgesetzt */
  | 'IMPLEMENTED'
  /** in Umsetzung */
  | 'IN_PROGRESS'
  /** in Planung */
  | 'PLANNING'
  /** gestoppt */
  | 'STOPPED';

export type MilestoneState =
  | 'COMPLETED'
  | 'DUE_SOON'
  | 'OVERDUE'
  | 'PLANNED';

export type Permission =
  | 'EDIT_PLAN'
  | 'EXPORT_REPORTS'
  | 'MANAGE_USERS'
  | 'READ_PROJECT'
  | 'REPORT_PROGRESS';

/** A = Strategiephase, B = Umsetzungsphase. */
export type Phase =
  | 'A'
  | 'B';

export type Priority =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type ProgressSource =
  | 'MANUAL'
  | 'MILESTONES'
  | 'NONE'
  | 'STATUS'
  | 'STATUS_REPORT';

/** Zwischennachweis (interim) or Verwendungsnachweis (final). */
export type ProofKind =
  | 'FINAL'
  | 'INTERIM';

/** Forecast and completion of a milestone (whoever reports on the measure). */
export type ReportMilestoneInput = {
  completedOn?: string | null | undefined;
  forecastDate?: string | null | undefined;
  id: string;
  version: number;
};

/** A role within one model project. */
export type Role =
  | 'ADMIN'
  | 'COUNCIL'
  | 'EDITOR'
  | 'FUNDER';

/** Sets one cell of a measure’s cost plan (year × category); 0 removes it. */
export type SetCostPlanEntryInput = {
  costCategoryId: string;
  measureId: string;
  planned: string;
  /** Version of the existing cell; required when changing one. */
  version?: number | null | undefined;
  year: number;
};

export type SetUserDisabledInput = {
  disabled: boolean;
  userId: string;
  /** Version of the account the change is based on. */
  version: number;
};

export type SignInInput = {
  email: string;
  password: string;
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type TrafficLight =
  | 'GREEN'
  | 'RED'
  | 'YELLOW';

/** How easily other municipalities can adopt the measure. */
export type Transferability =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM'
  | 'NOT_ASSESSED';

export type UpdateCallOffInput = {
  amount?: string | null | undefined;
  id: string;
  paidOn?: string | null | undefined;
  periodEnd?: string | null | undefined;
  periodStart?: string | null | undefined;
  reference?: string | null | undefined;
  requestedOn?: string | null | undefined;
  status?: CallOffStatus | null | undefined;
  version: number;
};

export type UpdateFieldOfActionInput = {
  code?: string | null | undefined;
  description?: string | null | undefined;
  id: string;
  name?: string | null | undefined;
  sortOrder?: number | null | undefined;
  version: number;
};

export type UpdateGoalInput = {
  code?: string | null | undefined;
  description?: string | null | undefined;
  /** Moves the goal to another field of action. */
  fieldOfActionId?: string | null | undefined;
  id: string;
  sortOrder?: number | null | undefined;
  title?: string | null | undefined;
  version: number;
};

export type UpdateGrantInput = {
  commitmentDate?: string | null | undefined;
  commitmentNumber?: string | null | undefined;
  eligibleCosts?: string | null | undefined;
  fundingRate?: number | null | undefined;
  grantAmount?: string | null | undefined;
  id: string;
  notes?: string | null | undefined;
  ownShare?: string | null | undefined;
  periodEnd?: string | null | undefined;
  periodStart?: string | null | undefined;
  version: number;
};

/** The identifier (code) of a measure is fixed when it is created and cannot be changed. */
export type UpdateMeasureInput = {
  /** Municipalities that adopted the measure. */
  adopterUnitIds?: Array<string> | null | undefined;
  contactEmail?: string | null | undefined;
  contactName?: string | null | undefined;
  continuationPlan?: string | null | undefined;
  description?: string | null | undefined;
  fieldOfActionIds?: Array<string> | null | undefined;
  flagship?: boolean | null | undefined;
  goalIds?: Array<string> | null | undefined;
  id: string;
  leadUnitId?: string | null | undefined;
  ossDocumentationUrl?: string | null | undefined;
  ossLicence?: string | null | undefined;
  ossRepositoryUrl?: string | null | undefined;
  /** Participating municipalities (spatial effect). */
  participatingUnitIds?: Array<string> | null | undefined;
  partners?: Array<string> | null | undefined;
  phase?: Phase | null | undefined;
  plannedEnd?: string | null | undefined;
  plannedStart?: string | null | undefined;
  priority?: Priority | null | undefined;
  published?: boolean | null | undefined;
  responsibleUnit?: string | null | undefined;
  summary?: string | null | undefined;
  tags?: Array<string> | null | undefined;
  title?: string | null | undefined;
  transferability?: Transferability | null | undefined;
  transferabilityNotes?: string | null | undefined;
  /** The version this change is based on. */
  version: number;
};

/** What the person responsible for a measure updates: status, actual dates, and overrides with reasons. */
export type UpdateMeasureProgressInput = {
  actualEnd?: string | null | undefined;
  actualStart?: string | null | undefined;
  id: string;
  /** Manual health; null clears it. Needs a reason. */
  manualHealth?: Health | null | undefined;
  manualHealthReason?: string | null | undefined;
  /** Manual progress 0–100; null clears it. Needs a reason. */
  manualProgress?: number | null | undefined;
  manualProgressReason?: string | null | undefined;
  status?: MeasureStatus | null | undefined;
  version: number;
};

export type UpdateMembershipInput = {
  id: string;
  role?: Role | null | undefined;
  territorialUnitId?: string | null | undefined;
  version: number;
};

export type UpdateProofInput = {
  id: string;
  notes?: string | null | undefined;
  periodEnd?: string | null | undefined;
  periodStart?: string | null | undefined;
  submittedOn?: string | null | undefined;
  version: number;
};

export type UpdateStrategyInput = {
  id: string;
  title: string;
  version: number;
};

export type UpdateStrategyVersionInput = {
  acceptedByFunderOn?: string | null | undefined;
  adoptedOn?: string | null | undefined;
  id: string;
  label?: string | null | undefined;
  notes?: string | null | undefined;
  resolutionReference?: string | null | undefined;
  targetPictures?: Array<string> | null | undefined;
  values?: Array<string> | null | undefined;
  version: number;
  vision?: string | null | undefined;
};

export type WarningSeverity =
  | 'ERROR'
  | 'WARNING';

export type AdminProjectQueryVariables = Exact<{
  code: string;
}>;


export type AdminProjectQuery = { modelProject: { id: string, code: string, name: string, version: number, viewerRole: Role | null, viewerPermissions: Array<Permission>, budgetaryEmergency: boolean, leadUnit: { id: string, name: string }, members: Array<{ id: string, name: string }> } };

export type AdminMembersQueryVariables = Exact<{
  modelProjectId: string;
}>;


export type AdminMembersQuery = { projectMembers: Array<{ id: string, role: Role, version: number, territorialUnit: { id: string, name: string } | null, user: { id: string, email: string, displayName: string, disabled: boolean, isPlatformAdmin: boolean, lastSignInAt: string | null, version: number } }> };

export type AdminAddMemberMutationVariables = Exact<{
  input: AddProjectMemberInput;
}>;


export type AdminAddMemberMutation = { addProjectMember: { id: string, role: Role, version: number } };

export type AdminUpdateMembershipMutationVariables = Exact<{
  input: UpdateMembershipInput;
}>;


export type AdminUpdateMembershipMutation = { updateMembership: { id: string, role: Role, version: number } };

export type AdminRemoveMembershipMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type AdminRemoveMembershipMutation = { removeMembership: string };

export type AdminSetUserDisabledMutationVariables = Exact<{
  input: SetUserDisabledInput;
}>;


export type AdminSetUserDisabledMutation = { setUserDisabled: { id: string, disabled: boolean, version: number } };

export type AdminFieldsOfActionQueryVariables = Exact<{
  modelProjectId: string;
}>;


export type AdminFieldsOfActionQuery = { modelProject: { id: string, strategy: { id: string } | null }, fieldsOfAction: Array<{ id: string, code: string, name: string, description: string, sortOrder: number, version: number, goals: Array<{ id: string, code: string, title: string, description: string, sortOrder: number, version: number }> }> };

export type AdminCreateFieldOfActionMutationVariables = Exact<{
  input: CreateFieldOfActionInput;
}>;


export type AdminCreateFieldOfActionMutation = { createFieldOfAction: { id: string } };

export type AdminUpdateFieldOfActionMutationVariables = Exact<{
  input: UpdateFieldOfActionInput;
}>;


export type AdminUpdateFieldOfActionMutation = { updateFieldOfAction: { id: string, version: number } };

export type AdminDeleteFieldOfActionMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type AdminDeleteFieldOfActionMutation = { deleteFieldOfAction: string };

export type AdminCreateGoalMutationVariables = Exact<{
  input: CreateGoalInput;
}>;


export type AdminCreateGoalMutation = { createGoal: { id: string } };

export type AdminUpdateGoalMutationVariables = Exact<{
  input: UpdateGoalInput;
}>;


export type AdminUpdateGoalMutation = { updateGoal: { id: string, version: number } };

export type AdminDeleteGoalMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type AdminDeleteGoalMutation = { deleteGoal: string };

export type AdminMeasuresQueryVariables = Exact<{
  code: string;
  after?: string | null | undefined;
}>;


export type AdminMeasuresQuery = { modelProject: { id: string, measures: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string, title: string, phase: Phase, status: MeasureStatus, flagship: boolean, published: boolean, version: number, leadUnit: { id: string, name: string } | null }> } } };

export type AdminCreateMeasureMutationVariables = Exact<{
  input: CreateMeasureInput;
}>;


export type AdminCreateMeasureMutation = { createMeasure: { id: string, code: string } };

export type AdminDeleteMeasureMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type AdminDeleteMeasureMutation = { deleteMeasure: string };

export type AdminStrategyQueryVariables = Exact<{
  code: string;
}>;


export type AdminStrategyQuery = { modelProject: { id: string, strategy: { id: string, title: string, version: number, currentVersion: { id: string } | null, versions: Array<{ id: string, versionNumber: number, label: string, adoptedOn: string | null, resolutionReference: string | null, acceptedByFunderOn: string | null, vision: string, targetPictures: Array<string>, values: Array<string>, notes: string, version: number }> } | null } };

export type AdminCreateStrategyMutationVariables = Exact<{
  input: CreateStrategyInput;
}>;


export type AdminCreateStrategyMutation = { createStrategy: { id: string } };

export type AdminUpdateStrategyMutationVariables = Exact<{
  input: UpdateStrategyInput;
}>;


export type AdminUpdateStrategyMutation = { updateStrategy: { id: string, version: number } };

export type AdminAddStrategyVersionMutationVariables = Exact<{
  input: AddStrategyVersionInput;
}>;


export type AdminAddStrategyVersionMutation = { addStrategyVersion: { id: string, versionNumber: number } };

export type AdminUpdateStrategyVersionMutationVariables = Exact<{
  input: UpdateStrategyVersionInput;
}>;


export type AdminUpdateStrategyVersionMutation = { updateStrategyVersion: { id: string, version: number } };

export type AdminGrantsQueryVariables = Exact<{
  code: string;
}>;


export type AdminGrantsQuery = { modelProject: { id: string, budgetaryEmergency: boolean, funding: { programme: { standardRate: number, emergencyRate: number }, phases: Array<{ phase: Phase, fundingRate: number, cap: string, grant: { id: string, version: number, phase: Phase, commitmentNumber: string, commitmentDate: string | null, periodStart: string | null, periodEnd: string | null, fundingRate: number, eligibleCosts: string, grantAmount: string, ownShare: string, finalProofDue: string | null, notes: string } | null }> } | null } };

export type AdminCreateGrantMutationVariables = Exact<{
  input: CreateGrantInput;
}>;


export type AdminCreateGrantMutation = { createGrant: { id: string } };

export type AdminUpdateGrantMutationVariables = Exact<{
  input: UpdateGrantInput;
}>;


export type AdminUpdateGrantMutation = { updateGrant: { id: string, version: number } };

export type ClusterSummaryFieldsFragment = { measureCount: number, averageProgress: number | null, staleMeasures: number, overdueMilestones: number, milestoneCount: number, slippedMilestones: number, averageSlippageDays: number | null, byHealth: Array<{ health: Health, count: number }> };

export type ClusterComparisonQueryVariables = Exact<{
  id: string;
}>;


export type ClusterComparisonQuery = { cluster: { id: string, name: string, description: string, summary: { measureCount: number, averageProgress: number | null, staleMeasures: number, overdueMilestones: number, milestoneCount: number, slippedMilestones: number, averageSlippageDays: number | null, byHealth: Array<{ health: Health, count: number }> }, modelProjects: Array<{ id: string, code: string, name: string, cohortYear: number, viewerRole: Role | null, summary: { measureCount: number, averageProgress: number | null, staleMeasures: number, overdueMilestones: number, milestoneCount: number, slippedMilestones: number, averageSlippageDays: number | null, byHealth: Array<{ health: Health, count: number }> }, funding: { calledOffTotal: string, plannedTotal: { total: string }, actualTotal: { total: string } } | null }> } };

export type SharesFieldsFragment = { total: string, federal: string, own: string };

export type ProjectFundingQueryVariables = Exact<{
  code: string;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type ProjectFundingQuery = { costCategories: Array<{ id: string, code: string, name: string, sortOrder: number, active: boolean }>, modelProject: { id: string, code: string, name: string, viewerPermissions: Array<Permission>, funding: { calledOffTotal: string, programme: { name: string, funder: string, standardRate: number, emergencyRate: number, phaseACap: string, phaseAMeasuresCap: string, phaseBCap: string }, plannedTotal: { total: string, federal: string, own: string }, actualTotal: { total: string, federal: string, own: string }, phases: Array<{ phase: Phase, fundingRate: number, cap: string, calledOff: string, paidOut: string, grantRemaining: string | null, remaining: string, grant: { id: string, version: number, commitmentNumber: string, commitmentDate: string | null, periodStart: string | null, periodEnd: string | null, fundingRate: number, eligibleCosts: string, grantAmount: string, ownShare: string, finalProofDue: string | null, notes: string } | null, planned: { total: string, federal: string, own: string }, actual: { total: string, federal: string, own: string }, byCategory: Array<{ costCategoryId: string, remaining: string, planned: { total: string, federal: string, own: string }, actual: { total: string, federal: string, own: string } }>, byYear: Array<{ year: number, remaining: string, planned: { total: string, federal: string, own: string }, actual: { total: string, federal: string, own: string } }> }>, callOffs: Array<{ id: string, grantId: string, phase: Phase, requestedOn: string, amount: string, periodStart: string, periodEnd: string, status: CallOffStatus, paidOn: string | null, reference: string, version: number }>, proofs: Array<{ id: string | null, grantId: string, phase: Phase, kind: ProofKind, periodStart: string, periodEnd: string, dueDate: string, submittedOn: string | null, state: DeadlineState, notes: string, version: number | null }>, warnings: Array<{ code: FundingWarningCode, severity: WarningSeverity, message: string, phase: Phase | null, measureCode: string | null, value: string | null, limit: string | null, dueDate: string | null }> } | null } };

export type CreateCallOffMutationVariables = Exact<{
  input: CreateCallOffInput;
}>;


export type CreateCallOffMutation = { createCallOff: { id: string } };

export type UpdateCallOffMutationVariables = Exact<{
  input: UpdateCallOffInput;
}>;


export type UpdateCallOffMutation = { updateCallOff: { id: string, version: number, status: CallOffStatus } };

export type CreateProofMutationVariables = Exact<{
  input: CreateProofInput;
}>;


export type CreateProofMutation = { createProof: { id: string | null } };

export type UpdateProofMutationVariables = Exact<{
  input: UpdateProofInput;
}>;


export type UpdateProofMutation = { updateProof: { id: string | null, version: number | null, submittedOn: string | null } };

export type MeasureBudgetQueryVariables = Exact<{
  code: string;
}>;


export type MeasureBudgetQuery = { costCategories: Array<{ id: string, code: string, name: string }>, measureByCode: { id: string, code: string, viewerCanReport: boolean, viewerCanEditPlan: boolean, budget: { fundingRate: number, remaining: string, planned: { total: string, federal: string, own: string }, actual: { total: string, federal: string, own: string }, byCategory: Array<{ costCategoryId: string, remaining: string, planned: { total: string }, actual: { total: string } }>, costPlan: Array<{ id: string, year: number, costCategoryId: string, planned: string, version: number }>, expenditures: Array<{ id: string, spentOn: string, costCategoryId: string, amount: string, description: string, documentReference: string, version: number }> } | null } };

export type CreateExpenditureMutationVariables = Exact<{
  input: CreateExpenditureInput;
}>;


export type CreateExpenditureMutation = { createExpenditure: { id: string } };

export type DeleteExpenditureMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type DeleteExpenditureMutation = { deleteExpenditure: string };

export type SetCostPlanEntryMutationVariables = Exact<{
  input: SetCostPlanEntryInput;
}>;


export type SetCostPlanEntryMutation = { setCostPlanEntry: { id: string, version: number, planned: string } | null };

export type MeasureForEditQueryVariables = Exact<{
  code: string;
}>;


export type MeasureForEditQuery = { measureByCode: { id: string, code: string, title: string, summary: string, description: string, responsibleUnit: string, contactName: string, contactEmail: string | null, partners: Array<string>, priority: Priority, flagship: boolean, phase: Phase, plannedStart: string | null, plannedEnd: string | null, actualStart: string | null, actualEnd: string | null, status: MeasureStatus, published: boolean, tags: Array<string>, continuationPlan: string, version: number, viewerCanEditPlan: boolean, viewerCanReport: boolean, openSource: { repositoryUrl: string | null, licence: string | null, documentationUrl: string | null }, transferability: { level: Transferability, notes: string }, progress: { value: number, source: ProgressSource, manualReason: string | null }, health: { value: Health, computed: Health, overridden: boolean, overrideReason: string | null }, modelProject: { id: string, code: string, name: string, fieldsOfAction: Array<{ id: string, code: string, name: string, goals: Array<{ id: string, code: string, title: string }> }>, leadUnit: { id: string, name: string }, members: Array<{ id: string, name: string }> }, leadUnit: { id: string } | null, participatingUnits: Array<{ id: string }>, fieldsOfAction: Array<{ id: string }>, goals: Array<{ id: string }> } };

export type UpdateMeasurePlanMutationVariables = Exact<{
  input: UpdateMeasureInput;
}>;


export type UpdateMeasurePlanMutation = { updateMeasure: { id: string, version: number } };

export type MeasureListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: MeasureFilter | null | undefined;
  orderBy?: MeasureOrder | null | undefined;
}>;


export type MeasureListQuery = { measures: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string, title: string, status: MeasureStatus, phase: Phase, flagship: boolean, plannedEnd: string | null, viewerCanReport: boolean, modelProject: { id: string, code: string, name: string }, leadUnit: { id: string, name: string } | null, progress: { value: number }, health: { value: Health, overridden: boolean, expectedProgress: number | null }, freshness: { value: Freshness, daysSinceLastReport: number | null } }> } };

export type MeasureFilterOptionsQueryVariables = Exact<{
  code: string;
}>;


export type MeasureFilterOptionsQuery = { modelProject: { id: string, code: string, name: string, leadUnit: { id: string, name: string }, members: Array<{ id: string, name: string }>, fieldsOfAction: Array<{ id: string, code: string, name: string }> } };

export type MilestoneFieldsFragment = { id: string, title: string, description: string, baselineDate: string, forecastDate: string | null, completedOn: string | null, weight: number, version: number, slippageDays: number, state: MilestoneState, dueDate: string };

export type StatusReportFieldsFragment = { id: string, reportDate: string, trafficLight: TrafficLight, progress: number, achieved: string, nextSteps: string, risks: string, authorName: string | null, createdAt: string, version: number };

export type MeasureDetailQueryVariables = Exact<{
  code: string;
}>;


export type MeasureDetailQuery = { measureByCode: { id: string, code: string, title: string, summary: string, description: string, responsibleUnit: string, contactName: string, contactEmail: string | null, partners: Array<string>, priority: Priority, flagship: boolean, phase: Phase, plannedStart: string | null, plannedEnd: string | null, actualStart: string | null, actualEnd: string | null, status: MeasureStatus, published: boolean, tags: Array<string>, continuationPlan: string, version: number, updatedAt: string, viewerCanEditPlan: boolean, viewerCanReport: boolean, openSource: { repositoryUrl: string | null, licence: string | null, documentationUrl: string | null }, transferability: { level: Transferability, notes: string }, modelProject: { id: string, code: string, name: string }, leadUnit: { id: string, name: string } | null, participatingUnits: Array<{ id: string, name: string }>, adopters: Array<{ id: string, name: string }>, fieldsOfAction: Array<{ id: string, code: string, name: string }>, goals: Array<{ id: string, code: string, title: string }>, assignees: Array<{ id: string, displayName: string }>, progress: { value: number, source: ProgressSource, manualReason: string | null }, health: { value: Health, computed: Health, overridden: boolean, overrideReason: string | null, expectedProgress: number | null }, freshness: { value: Freshness, daysSinceLastReport: number | null, lastReportOn: string | null }, milestones: Array<{ id: string, title: string, description: string, baselineDate: string, forecastDate: string | null, completedOn: string | null, weight: number, version: number, slippageDays: number, state: MilestoneState, dueDate: string }>, statusReports: Array<{ id: string, reportDate: string, trafficLight: TrafficLight, progress: number, achieved: string, nextSteps: string, risks: string, authorName: string | null, createdAt: string, version: number }>, indicators: Array<{ id: string, name: string, unit: string, baselineValue: string | null, targetValue: string | null, targetDate: string | null, values: Array<{ id: string, measuredOn: string, value: string }> }>, history: Array<{ id: string, occurredAt: string, actorName: string, entityType: string, action: HistoryAction, changes: Array<{ field: string, before: string | null, after: string | null }> }> } };

export type CreateStatusReportMutationVariables = Exact<{
  input: CreateStatusReportInput;
}>;


export type CreateStatusReportMutation = { createStatusReport: { id: string, reportDate: string, trafficLight: TrafficLight, progress: number, achieved: string, nextSteps: string, risks: string, authorName: string | null, createdAt: string, version: number } };

export type ReportMilestoneMutationVariables = Exact<{
  input: ReportMilestoneInput;
}>;


export type ReportMilestoneMutation = { reportMilestone: { id: string, title: string, description: string, baselineDate: string, forecastDate: string | null, completedOn: string | null, weight: number, version: number, slippageDays: number, state: MilestoneState, dueDate: string } };

export type UpdateMeasureProgressMutationVariables = Exact<{
  input: UpdateMeasureProgressInput;
}>;


export type UpdateMeasureProgressMutation = { updateMeasureProgress: { id: string, version: number, status: MeasureStatus, actualStart: string | null, actualEnd: string | null } };

export type SummaryFieldsFragment = { measureCount: number, averageProgress: number | null, staleMeasures: number, overdueMilestones: number, milestonesDueSoon: number, milestoneCount: number, slippedMilestones: number, averageSlippageDays: number | null, byStatus: Array<{ status: MeasureStatus, count: number }>, byHealth: Array<{ health: Health, count: number }> };

export type ProjectListQueryVariables = Exact<{ [key: string]: never; }>;


export type ProjectListQuery = { modelProjects: { totalCount: number, nodes: Array<{ id: string, code: string, name: string, cohortYear: number, viewerRole: Role | null, leadUnit: { id: string, name: string }, cluster: { id: string, name: string } | null, phaseB: { plannedStart: string | null, plannedEnd: string | null }, summary: { measureCount: number, averageProgress: number | null, staleMeasures: number, overdueMilestones: number, milestonesDueSoon: number, milestoneCount: number, slippedMilestones: number, averageSlippageDays: number | null, byStatus: Array<{ status: MeasureStatus, count: number }>, byHealth: Array<{ health: Health, count: number }> } }> } };

export type ProjectOverviewQueryVariables = Exact<{
  code: string;
}>;


export type ProjectOverviewQuery = { modelProject: { id: string, code: string, name: string, cohortYear: number, budgetaryEmergency: boolean, viewerRole: Role | null, viewerPermissions: Array<Permission>, websiteUrl: string | null, office: { name: string, email: string | null, address: string }, phaseA: { plannedStart: string | null, plannedEnd: string | null, actualStart: string | null, actualEnd: string | null }, phaseB: { plannedStart: string | null, plannedEnd: string | null, actualStart: string | null, actualEnd: string | null }, leadUnit: { id: string, name: string }, members: Array<{ id: string, name: string }>, cluster: { id: string, name: string } | null, strategy: { id: string, title: string, currentVersion: { versionNumber: number, vision: string, adoptedOn: string | null, resolutionReference: string | null } | null } | null, summary: { measureCount: number, averageProgress: number | null, staleMeasures: number, overdueMilestones: number, milestonesDueSoon: number, milestoneCount: number, slippedMilestones: number, averageSlippageDays: number | null, byStatus: Array<{ status: MeasureStatus, count: number }>, byHealth: Array<{ health: Health, count: number }> }, funding: { calledOffTotal: string, plannedTotal: { total: string }, actualTotal: { total: string } } | null, byField: Array<{ key: string, fieldOfAction: { id: string, code: string, name: string } | null, summary: { measureCount: number, averageProgress: number | null, staleMeasures: number, overdueMilestones: number, milestonesDueSoon: number, milestoneCount: number, slippedMilestones: number, averageSlippageDays: number | null, byStatus: Array<{ status: MeasureStatus, count: number }>, byHealth: Array<{ health: Health, count: number }> } }>, byMunicipality: Array<{ key: string, municipality: { id: string, name: string } | null, summary: { measureCount: number, averageProgress: number | null, staleMeasures: number, overdueMilestones: number, milestonesDueSoon: number, milestoneCount: number, slippedMilestones: number, averageSlippageDays: number | null, byStatus: Array<{ status: MeasureStatus, count: number }>, byHealth: Array<{ health: Health, count: number }> } }>, late: { totalCount: number, nodes: Array<{ id: string, code: string, title: string, health: { value: Health }, milestones: Array<{ id: string, title: string, state: MilestoneState, baselineDate: string, forecastDate: string | null, slippageDays: number }> }> }, stale: { totalCount: number, nodes: Array<{ id: string, code: string, title: string, freshness: { value: Freshness, daysSinceLastReport: number | null } }> } } };

export type ProjectChangesQueryVariables = Exact<{
  code: string;
  since: string;
  limit: number;
}>;


export type ProjectChangesQuery = { modelProject: { id: string, changes: Array<{ id: string, occurredAt: string, actorName: string, entityType: string, action: HistoryAction, changes: Array<{ field: string, before: string | null, after: string | null }>, measure: { id: string, code: string, title: string } | null }> } };

export type RoadmapQueryVariables = Exact<{
  code: string;
  after?: string | null | undefined;
}>;


export type RoadmapQuery = { modelProject: { id: string, code: string, name: string, viewerRole: Role | null, phaseA: { plannedStart: string | null, plannedEnd: string | null, actualStart: string | null, actualEnd: string | null }, phaseB: { plannedStart: string | null, plannedEnd: string | null, actualStart: string | null, actualEnd: string | null }, fieldsOfAction: Array<{ id: string, code: string, name: string, sortOrder: number }>, measures: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string, title: string, status: MeasureStatus, phase: Phase, plannedStart: string | null, plannedEnd: string | null, actualStart: string | null, actualEnd: string | null, health: { value: Health }, progress: { value: number }, freshness: { lastReportOn: string | null, daysSinceLastReport: number | null }, fieldsOfAction: Array<{ id: string }>, milestones: Array<{ id: string, title: string, baselineDate: string, forecastDate: string | null, completedOn: string | null, state: MilestoneState, slippageDays: number }> }> } } };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type ApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensQuery = { apiTokens: Array<{ id: string, name: string, prefix: string, createdAt: string, lastUsedAt: string | null, expiresOn: string | null, revokedAt: string | null }> };

export type CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type CreateApiTokenMutation = { createApiToken: { secret: string, token: { id: string, name: string, prefix: string } } };

export type RevokeApiTokenMutationVariables = Exact<{
  id: string;
}>;


export type RevokeApiTokenMutation = { revokeApiToken: { id: string, revokedAt: string | null } };

export type SessionViewerFragment = { user: { id: string, email: string, displayName: string, isPlatformAdmin: boolean }, memberships: Array<{ id: string, role: Role, modelProject: { id: string, code: string, name: string }, territorialUnit: { id: string, name: string } | null }> };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { user: { id: string, email: string, displayName: string, isPlatformAdmin: boolean }, memberships: Array<{ id: string, role: Role, modelProject: { id: string, code: string, name: string }, territorialUnit: { id: string, name: string } | null }> } | null };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { user: { id: string, email: string, displayName: string, isPlatformAdmin: boolean }, memberships: Array<{ id: string, role: Role, modelProject: { id: string, code: string, name: string }, territorialUnit: { id: string, name: string } | null }> } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
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
export const SharesFieldsFragmentDoc = new TypedDocumentString(`
    fragment SharesFields on Shares {
  total
  federal
  own
}
    `, {"fragmentName":"SharesFields"}) as unknown as TypedDocumentString<SharesFieldsFragment, unknown>;
export const MilestoneFieldsFragmentDoc = new TypedDocumentString(`
    fragment MilestoneFields on Milestone {
  id
  title
  description
  baselineDate
  forecastDate
  completedOn
  weight
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
}
    `, {"fragmentName":"StatusReportFields"}) as unknown as TypedDocumentString<StatusReportFieldsFragment, unknown>;
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
export const SessionViewerFragmentDoc = new TypedDocumentString(`
    fragment SessionViewer on Viewer {
  user {
    id
    email
    displayName
    isPlatformAdmin
  }
  memberships {
    id
    role
    modelProject {
      id
      code
      name
    }
    territorialUnit {
      id
      name
    }
  }
}
    `, {"fragmentName":"SessionViewer"}) as unknown as TypedDocumentString<SessionViewerFragment, unknown>;
export const AdminProjectDocument = new TypedDocumentString(`
    query AdminProject($code: String!) {
  modelProject(code: $code) {
    id
    code
    name
    version
    viewerRole
    viewerPermissions
    budgetaryEmergency
    leadUnit {
      id
      name
    }
    members {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AdminProjectQuery, AdminProjectQueryVariables>;
export const AdminMembersDocument = new TypedDocumentString(`
    query AdminMembers($modelProjectId: ID!) {
  projectMembers(modelProjectId: $modelProjectId) {
    id
    role
    version
    territorialUnit {
      id
      name
    }
    user {
      id
      email
      displayName
      disabled
      isPlatformAdmin
      lastSignInAt
      version
    }
  }
}
    `) as unknown as TypedDocumentString<AdminMembersQuery, AdminMembersQueryVariables>;
export const AdminAddMemberDocument = new TypedDocumentString(`
    mutation AdminAddMember($input: AddProjectMemberInput!) {
  addProjectMember(input: $input) {
    id
    role
    version
  }
}
    `) as unknown as TypedDocumentString<AdminAddMemberMutation, AdminAddMemberMutationVariables>;
export const AdminUpdateMembershipDocument = new TypedDocumentString(`
    mutation AdminUpdateMembership($input: UpdateMembershipInput!) {
  updateMembership(input: $input) {
    id
    role
    version
  }
}
    `) as unknown as TypedDocumentString<AdminUpdateMembershipMutation, AdminUpdateMembershipMutationVariables>;
export const AdminRemoveMembershipDocument = new TypedDocumentString(`
    mutation AdminRemoveMembership($id: ID!, $version: Int!) {
  removeMembership(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<AdminRemoveMembershipMutation, AdminRemoveMembershipMutationVariables>;
export const AdminSetUserDisabledDocument = new TypedDocumentString(`
    mutation AdminSetUserDisabled($input: SetUserDisabledInput!) {
  setUserDisabled(input: $input) {
    id
    disabled
    version
  }
}
    `) as unknown as TypedDocumentString<AdminSetUserDisabledMutation, AdminSetUserDisabledMutationVariables>;
export const AdminFieldsOfActionDocument = new TypedDocumentString(`
    query AdminFieldsOfAction($modelProjectId: ID!) {
  modelProject(id: $modelProjectId) {
    id
    strategy {
      id
    }
  }
  fieldsOfAction(modelProjectId: $modelProjectId) {
    id
    code
    name
    description
    sortOrder
    version
    goals {
      id
      code
      title
      description
      sortOrder
      version
    }
  }
}
    `) as unknown as TypedDocumentString<AdminFieldsOfActionQuery, AdminFieldsOfActionQueryVariables>;
export const AdminCreateFieldOfActionDocument = new TypedDocumentString(`
    mutation AdminCreateFieldOfAction($input: CreateFieldOfActionInput!) {
  createFieldOfAction(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminCreateFieldOfActionMutation, AdminCreateFieldOfActionMutationVariables>;
export const AdminUpdateFieldOfActionDocument = new TypedDocumentString(`
    mutation AdminUpdateFieldOfAction($input: UpdateFieldOfActionInput!) {
  updateFieldOfAction(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<AdminUpdateFieldOfActionMutation, AdminUpdateFieldOfActionMutationVariables>;
export const AdminDeleteFieldOfActionDocument = new TypedDocumentString(`
    mutation AdminDeleteFieldOfAction($id: ID!, $version: Int!) {
  deleteFieldOfAction(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<AdminDeleteFieldOfActionMutation, AdminDeleteFieldOfActionMutationVariables>;
export const AdminCreateGoalDocument = new TypedDocumentString(`
    mutation AdminCreateGoal($input: CreateGoalInput!) {
  createGoal(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminCreateGoalMutation, AdminCreateGoalMutationVariables>;
export const AdminUpdateGoalDocument = new TypedDocumentString(`
    mutation AdminUpdateGoal($input: UpdateGoalInput!) {
  updateGoal(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<AdminUpdateGoalMutation, AdminUpdateGoalMutationVariables>;
export const AdminDeleteGoalDocument = new TypedDocumentString(`
    mutation AdminDeleteGoal($id: ID!, $version: Int!) {
  deleteGoal(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<AdminDeleteGoalMutation, AdminDeleteGoalMutationVariables>;
export const AdminMeasuresDocument = new TypedDocumentString(`
    query AdminMeasures($code: String!, $after: String) {
  modelProject(code: $code) {
    id
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
        phase
        status
        flagship
        published
        version
        leadUnit {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminMeasuresQuery, AdminMeasuresQueryVariables>;
export const AdminCreateMeasureDocument = new TypedDocumentString(`
    mutation AdminCreateMeasure($input: CreateMeasureInput!) {
  createMeasure(input: $input) {
    id
    code
  }
}
    `) as unknown as TypedDocumentString<AdminCreateMeasureMutation, AdminCreateMeasureMutationVariables>;
export const AdminDeleteMeasureDocument = new TypedDocumentString(`
    mutation AdminDeleteMeasure($id: ID!, $version: Int!) {
  deleteMeasure(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<AdminDeleteMeasureMutation, AdminDeleteMeasureMutationVariables>;
export const AdminStrategyDocument = new TypedDocumentString(`
    query AdminStrategy($code: String!) {
  modelProject(code: $code) {
    id
    strategy {
      id
      title
      version
      currentVersion {
        id
      }
      versions {
        id
        versionNumber
        label
        adoptedOn
        resolutionReference
        acceptedByFunderOn
        vision
        targetPictures
        values
        notes
        version
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminStrategyQuery, AdminStrategyQueryVariables>;
export const AdminCreateStrategyDocument = new TypedDocumentString(`
    mutation AdminCreateStrategy($input: CreateStrategyInput!) {
  createStrategy(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminCreateStrategyMutation, AdminCreateStrategyMutationVariables>;
export const AdminUpdateStrategyDocument = new TypedDocumentString(`
    mutation AdminUpdateStrategy($input: UpdateStrategyInput!) {
  updateStrategy(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<AdminUpdateStrategyMutation, AdminUpdateStrategyMutationVariables>;
export const AdminAddStrategyVersionDocument = new TypedDocumentString(`
    mutation AdminAddStrategyVersion($input: AddStrategyVersionInput!) {
  addStrategyVersion(input: $input) {
    id
    versionNumber
  }
}
    `) as unknown as TypedDocumentString<AdminAddStrategyVersionMutation, AdminAddStrategyVersionMutationVariables>;
export const AdminUpdateStrategyVersionDocument = new TypedDocumentString(`
    mutation AdminUpdateStrategyVersion($input: UpdateStrategyVersionInput!) {
  updateStrategyVersion(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<AdminUpdateStrategyVersionMutation, AdminUpdateStrategyVersionMutationVariables>;
export const AdminGrantsDocument = new TypedDocumentString(`
    query AdminGrants($code: String!) {
  modelProject(code: $code) {
    id
    budgetaryEmergency
    funding {
      programme {
        standardRate
        emergencyRate
      }
      phases {
        phase
        fundingRate
        cap
        grant {
          id
          version
          phase
          commitmentNumber
          commitmentDate
          periodStart
          periodEnd
          fundingRate
          eligibleCosts
          grantAmount
          ownShare
          finalProofDue
          notes
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminGrantsQuery, AdminGrantsQueryVariables>;
export const AdminCreateGrantDocument = new TypedDocumentString(`
    mutation AdminCreateGrant($input: CreateGrantInput!) {
  createGrant(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminCreateGrantMutation, AdminCreateGrantMutationVariables>;
export const AdminUpdateGrantDocument = new TypedDocumentString(`
    mutation AdminUpdateGrant($input: UpdateGrantInput!) {
  updateGrant(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<AdminUpdateGrantMutation, AdminUpdateGrantMutationVariables>;
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
export const ProjectFundingDocument = new TypedDocumentString(`
    query ProjectFunding($code: String!, $from: LocalDate, $to: LocalDate) {
  costCategories(includeInactive: true) {
    id
    code
    name
    sortOrder
    active
  }
  modelProject(code: $code) {
    id
    code
    name
    viewerPermissions
    funding(from: $from, to: $to) {
      programme {
        name
        funder
        standardRate
        emergencyRate
        phaseACap
        phaseAMeasuresCap
        phaseBCap
      }
      plannedTotal {
        ...SharesFields
      }
      actualTotal {
        ...SharesFields
      }
      calledOffTotal
      phases {
        phase
        fundingRate
        cap
        calledOff
        paidOut
        grantRemaining
        remaining
        grant {
          id
          version
          commitmentNumber
          commitmentDate
          periodStart
          periodEnd
          fundingRate
          eligibleCosts
          grantAmount
          ownShare
          finalProofDue
          notes
        }
        planned {
          ...SharesFields
        }
        actual {
          ...SharesFields
        }
        byCategory {
          costCategoryId
          remaining
          planned {
            ...SharesFields
          }
          actual {
            ...SharesFields
          }
        }
        byYear {
          year
          remaining
          planned {
            ...SharesFields
          }
          actual {
            ...SharesFields
          }
        }
      }
      callOffs {
        id
        grantId
        phase
        requestedOn
        amount
        periodStart
        periodEnd
        status
        paidOn
        reference
        version
      }
      proofs {
        id
        grantId
        phase
        kind
        periodStart
        periodEnd
        dueDate
        submittedOn
        state
        notes
        version
      }
      warnings {
        code
        severity
        message
        phase
        measureCode
        value
        limit
        dueDate
      }
    }
  }
}
    fragment SharesFields on Shares {
  total
  federal
  own
}`) as unknown as TypedDocumentString<ProjectFundingQuery, ProjectFundingQueryVariables>;
export const CreateCallOffDocument = new TypedDocumentString(`
    mutation CreateCallOff($input: CreateCallOffInput!) {
  createCallOff(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateCallOffMutation, CreateCallOffMutationVariables>;
export const UpdateCallOffDocument = new TypedDocumentString(`
    mutation UpdateCallOff($input: UpdateCallOffInput!) {
  updateCallOff(input: $input) {
    id
    version
    status
  }
}
    `) as unknown as TypedDocumentString<UpdateCallOffMutation, UpdateCallOffMutationVariables>;
export const CreateProofDocument = new TypedDocumentString(`
    mutation CreateProof($input: CreateProofInput!) {
  createProof(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateProofMutation, CreateProofMutationVariables>;
export const UpdateProofDocument = new TypedDocumentString(`
    mutation UpdateProof($input: UpdateProofInput!) {
  updateProof(input: $input) {
    id
    version
    submittedOn
  }
}
    `) as unknown as TypedDocumentString<UpdateProofMutation, UpdateProofMutationVariables>;
export const MeasureBudgetDocument = new TypedDocumentString(`
    query MeasureBudget($code: String!) {
  costCategories {
    id
    code
    name
  }
  measureByCode(code: $code) {
    id
    code
    viewerCanReport
    viewerCanEditPlan
    budget {
      fundingRate
      remaining
      planned {
        total
        federal
        own
      }
      actual {
        total
        federal
        own
      }
      byCategory {
        costCategoryId
        remaining
        planned {
          total
        }
        actual {
          total
        }
      }
      costPlan {
        id
        year
        costCategoryId
        planned
        version
      }
      expenditures {
        id
        spentOn
        costCategoryId
        amount
        description
        documentReference
        version
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MeasureBudgetQuery, MeasureBudgetQueryVariables>;
export const CreateExpenditureDocument = new TypedDocumentString(`
    mutation CreateExpenditure($input: CreateExpenditureInput!) {
  createExpenditure(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateExpenditureMutation, CreateExpenditureMutationVariables>;
export const DeleteExpenditureDocument = new TypedDocumentString(`
    mutation DeleteExpenditure($id: ID!, $version: Int!) {
  deleteExpenditure(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<DeleteExpenditureMutation, DeleteExpenditureMutationVariables>;
export const SetCostPlanEntryDocument = new TypedDocumentString(`
    mutation SetCostPlanEntry($input: SetCostPlanEntryInput!) {
  setCostPlanEntry(input: $input) {
    id
    version
    planned
  }
}
    `) as unknown as TypedDocumentString<SetCostPlanEntryMutation, SetCostPlanEntryMutationVariables>;
export const MeasureForEditDocument = new TypedDocumentString(`
    query MeasureForEdit($code: String!) {
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
    progress {
      value
      source
      manualReason
    }
    health {
      value
      computed
      overridden
      overrideReason
    }
    modelProject {
      id
      code
      name
      fieldsOfAction {
        id
        code
        name
        goals {
          id
          code
          title
        }
      }
      leadUnit {
        id
        name
      }
      members {
        id
        name
      }
    }
    leadUnit {
      id
    }
    participatingUnits {
      id
    }
    fieldsOfAction {
      id
    }
    goals {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MeasureForEditQuery, MeasureForEditQueryVariables>;
export const UpdateMeasurePlanDocument = new TypedDocumentString(`
    mutation UpdateMeasurePlan($input: UpdateMeasureInput!) {
  updateMeasure(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<UpdateMeasurePlanMutation, UpdateMeasurePlanMutationVariables>;
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
    }
    health {
      value
      computed
      overridden
      overrideReason
      expectedProgress
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
      id
      name
      unit
      baselineValue
      targetValue
      targetDate
      values {
        id
        measuredOn
        value
      }
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
}`) as unknown as TypedDocumentString<CreateStatusReportMutation, CreateStatusReportMutationVariables>;
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
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const ApiTokensDocument = new TypedDocumentString(`
    query ApiTokens {
  apiTokens {
    id
    name
    prefix
    createdAt
    lastUsedAt
    expiresOn
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<ApiTokensQuery, ApiTokensQueryVariables>;
export const CreateApiTokenDocument = new TypedDocumentString(`
    mutation CreateApiToken($input: CreateApiTokenInput!) {
  createApiToken(input: $input) {
    secret
    token {
      id
      name
      prefix
    }
  }
}
    `) as unknown as TypedDocumentString<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = new TypedDocumentString(`
    mutation RevokeApiToken($id: ID!) {
  revokeApiToken(id: $id) {
    id
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    ...SessionViewer
  }
}
    fragment SessionViewer on Viewer {
  user {
    id
    email
    displayName
    isPlatformAdmin
  }
  memberships {
    id
    role
    modelProject {
      id
      code
      name
    }
    territorialUnit {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    ...SessionViewer
  }
}
    fragment SessionViewer on Viewer {
  user {
    id
    email
    displayName
    isPlatformAdmin
  }
  memberships {
    id
    role
    modelProject {
      id
      code
      name
    }
    territorialUnit {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;