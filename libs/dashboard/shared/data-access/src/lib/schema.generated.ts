export type AcceptInvitationWithNewAccountInput = {
  displayName: string;
  password: string;
  /** The secret from the invitation link. */
  token: string;
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

export type CreateClusterInput = {
  description?: string | null | undefined;
  name: string;
};

export type CreateCostCategoryInput = {
  code: string;
  name: string;
  sortOrder?: number | null | undefined;
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

/** A further funding programme with its own rates, caps and deadlines. */
export type CreateFundingProgrammeInput = {
  /** Stable code, e.g. MPSC-436. */
  code: string;
  emergencyRate: number;
  funder: string;
  interimProofMonths: number;
  name: string;
  phaseACap: string;
  phaseAMeasuresCap: string;
  phaseBCap: string;
  proofMonthsA: number;
  proofMonthsB: number;
  standardRate: number;
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

export type CreateIndicatorInput = {
  baselineValue?: string | null | undefined;
  description?: string | null | undefined;
  measureId: string;
  name: string;
  sortOrder?: number | null | undefined;
  targetDate?: string | null | undefined;
  targetValue?: string | null | undefined;
  unit?: string | null | undefined;
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
  /** Strategy work of Phase A, not an implementation measure; only for Phase A. Project office only. */
  strategyWork?: boolean | null | undefined;
  summary?: string | null | undefined;
  tags?: Array<string> | null | undefined;
  title: string;
  transferability?: Transferability | null | undefined;
  transferabilityNotes?: string | null | undefined;
};

export type CreateMilestoneInput = {
  baselineDate: string;
  description?: string | null | undefined;
  forecastDate?: string | null | undefined;
  measureId: string;
  sortOrder?: number | null | undefined;
  title: string;
  weight?: number | null | undefined;
};

export type CreateModelProjectInput = {
  budgetaryEmergency?: boolean | null | undefined;
  clusterId?: string | null | undefined;
  code: string;
  cohortYear: number;
  /** The funding programme whose rates and caps apply; the default programme when left out. Platform only. */
  fundingProgrammeId?: string | null | undefined;
  leadUnitId: string;
  memberIds?: Array<string> | null | undefined;
  name: string;
  office?: ProjectOfficeInput | null | undefined;
  phaseA?: PhaseScheduleInput | null | undefined;
  phaseB?: PhaseScheduleInput | null | undefined;
  websiteUrl?: string | null | undefined;
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

export type CreateTerritorialUnitInput = {
  ags?: string | null | undefined;
  ars?: string | null | undefined;
  kind: TerritorialUnitKind;
  name: string;
  parentId?: string | null | undefined;
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
  | 'GRANT_EXCEEDS_PHASE_CAP'
  | 'GRANT_EXCEEDS_RATE'
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

/** The step of the health rule (docs/rules.md) that decided the computed health. */
export type HealthRule =
  | 'DONE'
  | 'NOT_ACTIVE'
  | 'NO_SCHEDULE'
  | 'OVERDUE_MILESTONE'
  | 'PAST_PLANNED_END'
  | 'PROGRESS_LAG';

export type HistoryAction =
  | 'CREATE'
  | 'DELETE'
  | 'UPDATE';

export type InvitationStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REVOKED';

export type InviteProjectMemberInput = {
  /** How to address the person; a suggestion for a new account. */
  displayName?: string | null | undefined;
  email: string;
  modelProjectId: string;
  role: Role;
  /** For editors: the municipality whose measures they answer for. */
  territorialUnitId?: string | null | undefined;
};

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

export type PhaseScheduleInput = {
  actualEnd?: string | null | undefined;
  actualStart?: string | null | undefined;
  plannedEnd?: string | null | undefined;
  plannedStart?: string | null | undefined;
};

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

export type ProjectOfficeInput = {
  address?: string | null | undefined;
  email?: string | null | undefined;
  name?: string | null | undefined;
  phone?: string | null | undefined;
};

/** Zwischennachweis (interim) or Verwendungsnachweis (final). */
export type ProofKind =
  | 'FINAL'
  | 'INTERIM';

/** Records the value of an indicator on a day (replaces a value of the same day). */
export type RecordIndicatorValueInput = {
  indicatorId: string;
  measuredOn: string;
  note?: string | null | undefined;
  value: string;
};

/** Forecast and completion of a milestone (whoever reports on the measure). */
export type ReportMilestoneInput = {
  completedOn?: string | null | undefined;
  forecastDate?: string | null | undefined;
  id: string;
  version: number;
};

/** A new password, set with the secret of a reset link. */
export type ResetPasswordInput = {
  /** At least 10 characters. */
  password: string;
  token: string;
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

export type TerritorialUnitFilter = {
  kinds?: Array<TerritorialUnitKind> | null | undefined;
  parentId?: string | null | undefined;
  /** Beginning of the name, or of the ARS/AGS. */
  search?: string | null | undefined;
};

/** Land, Landkreis, kreisfreie Stadt, Verbandsgemeinde, Gemeinde/Stadt. */
export type TerritorialUnitKind =
  | 'GEMEINDE'
  | 'KREISFREIE_STADT'
  | 'LAND'
  | 'LANDKREIS'
  | 'VERBANDSGEMEINDE';

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

export type UpdateClusterInput = {
  description?: string | null | undefined;
  id: string;
  name?: string | null | undefined;
  version: number;
};

export type UpdateCostCategoryInput = {
  /** Inactive categories stay on old records but are not offered for new ones. */
  active?: boolean | null | undefined;
  id: string;
  name?: string | null | undefined;
  sortOrder?: number | null | undefined;
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

export type UpdateFundingProgrammeInput = {
  emergencyRate?: number | null | undefined;
  id: string;
  interimProofMonths?: number | null | undefined;
  phaseACap?: string | null | undefined;
  phaseAMeasuresCap?: string | null | undefined;
  phaseBCap?: string | null | undefined;
  proofMonthsA?: number | null | undefined;
  proofMonthsB?: number | null | undefined;
  standardRate?: number | null | undefined;
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

export type UpdateIndicatorInput = {
  baselineValue?: string | null | undefined;
  description?: string | null | undefined;
  id: string;
  name?: string | null | undefined;
  sortOrder?: number | null | undefined;
  targetDate?: string | null | undefined;
  targetValue?: string | null | undefined;
  unit?: string | null | undefined;
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
  /** Strategy work of Phase A, not an implementation measure; only for Phase A. Project office only. */
  strategyWork?: boolean | null | undefined;
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

/** Plan fields of a milestone (administrators). */
export type UpdateMilestoneInput = {
  /** Changing the baseline re-plans the milestone. */
  baselineDate?: string | null | undefined;
  description?: string | null | undefined;
  id: string;
  sortOrder?: number | null | undefined;
  title?: string | null | undefined;
  version: number;
  weight?: number | null | undefined;
};

export type UpdateModelProjectInput = {
  budgetaryEmergency?: boolean | null | undefined;
  clusterId?: string | null | undefined;
  cohortYear?: number | null | undefined;
  /** Moves the project, with its grants, to another funding programme. Platform only. */
  fundingProgrammeId?: string | null | undefined;
  id: string;
  leadUnitId?: string | null | undefined;
  memberIds?: Array<string> | null | undefined;
  name?: string | null | undefined;
  office?: ProjectOfficeInput | null | undefined;
  phaseA?: PhaseScheduleInput | null | undefined;
  phaseB?: PhaseScheduleInput | null | undefined;
  /** The version this change is based on. */
  version: number;
  websiteUrl?: string | null | undefined;
};

export type UpdateProofInput = {
  id: string;
  notes?: string | null | undefined;
  periodEnd?: string | null | undefined;
  periodStart?: string | null | undefined;
  submittedOn?: string | null | undefined;
  version: number;
};

export type UpdateStatusReportInput = {
  achieved?: string | null | undefined;
  id: string;
  nextSteps?: string | null | undefined;
  progress?: number | null | undefined;
  reportDate?: string | null | undefined;
  risks?: string | null | undefined;
  trafficLight?: TrafficLight | null | undefined;
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

export type UpdateTerritorialUnitInput = {
  ags?: string | null | undefined;
  ars?: string | null | undefined;
  id: string;
  name?: string | null | undefined;
  parentId?: string | null | undefined;
  /** The version this change is based on. */
  version: number;
};

export type WarningSeverity =
  | 'ERROR'
  | 'WARNING';
