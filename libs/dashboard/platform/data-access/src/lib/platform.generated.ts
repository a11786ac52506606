/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@masswerk/dashboard/shared/data-access';

import { TypedDocumentString } from '@masswerk/dashboard/shared/data-access';
export type PlatformClusterFragment = { id: string, version: number, name: string, description: string, modelProjects: Array<{ id: string, code: string, name: string }> };

export type PlatformProgrammeFragment = { id: string, version: number, code: string, name: string, funder: string, isDefault: boolean, standardRate: number, emergencyRate: number, phaseACap: string, phaseAMeasuresCap: string, phaseBCap: string, proofMonthsA: number, proofMonthsB: number, interimProofMonths: number };

export type PlatformUnitFragment = { id: string, version: number, name: string, kind: Types.TerritorialUnitKind, ars: string | null, ags: string | null, parent: { id: string, name: string } | null };

export type PlatformProjectFragment = { id: string, version: number, code: string, name: string, cohortYear: number, budgetaryEmergency: boolean, websiteUrl: string | null, cluster: { id: string, name: string } | null, fundingProgramme: { id: string, code: string, name: string }, leadUnit: { id: string, name: string }, members: Array<{ id: string, name: string }>, phaseA: { plannedStart: string | null, plannedEnd: string | null }, phaseB: { plannedStart: string | null, plannedEnd: string | null } };

export type PlatformCostCategoryFragment = { id: string, version: number, code: string, name: string, sortOrder: number, active: boolean };

export type PlatformClustersQueryVariables = Exact<{ [key: string]: never; }>;


export type PlatformClustersQuery = { clusters: { nodes: Array<{ id: string, version: number, name: string, description: string, modelProjects: Array<{ id: string, code: string, name: string }> }> } };

export type PlatformCreateClusterMutationVariables = Exact<{
  input: Types.CreateClusterInput;
}>;


export type PlatformCreateClusterMutation = { createCluster: { id: string } };

export type PlatformUpdateClusterMutationVariables = Exact<{
  input: Types.UpdateClusterInput;
}>;


export type PlatformUpdateClusterMutation = { updateCluster: { id: string, version: number } };

export type PlatformDeleteClusterMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type PlatformDeleteClusterMutation = { deleteCluster: string };

export type PlatformProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type PlatformProjectsQuery = { modelProjects: { nodes: Array<{ id: string, version: number, code: string, name: string, cohortYear: number, budgetaryEmergency: boolean, websiteUrl: string | null, cluster: { id: string, name: string } | null, fundingProgramme: { id: string, code: string, name: string }, leadUnit: { id: string, name: string }, members: Array<{ id: string, name: string }>, phaseA: { plannedStart: string | null, plannedEnd: string | null }, phaseB: { plannedStart: string | null, plannedEnd: string | null } }> }, clusters: { nodes: Array<{ id: string, name: string }> }, fundingProgrammes: Array<{ id: string, code: string, name: string }> };

export type PlatformCreateProjectMutationVariables = Exact<{
  input: Types.CreateModelProjectInput;
}>;


export type PlatformCreateProjectMutation = { createModelProject: { id: string, code: string } };

export type PlatformUpdateProjectMutationVariables = Exact<{
  input: Types.UpdateModelProjectInput;
}>;


export type PlatformUpdateProjectMutation = { updateModelProject: { id: string, version: number } };

export type PlatformDeleteProjectMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type PlatformDeleteProjectMutation = { deleteModelProject: string };

export type PlatformProgrammesQueryVariables = Exact<{ [key: string]: never; }>;


export type PlatformProgrammesQuery = { fundingProgrammes: Array<{ id: string, version: number, code: string, name: string, funder: string, isDefault: boolean, standardRate: number, emergencyRate: number, phaseACap: string, phaseAMeasuresCap: string, phaseBCap: string, proofMonthsA: number, proofMonthsB: number, interimProofMonths: number }> };

export type PlatformCreateProgrammeMutationVariables = Exact<{
  input: Types.CreateFundingProgrammeInput;
}>;


export type PlatformCreateProgrammeMutation = { createFundingProgramme: { id: string } };

export type PlatformUpdateProgrammeMutationVariables = Exact<{
  input: Types.UpdateFundingProgrammeInput;
}>;


export type PlatformUpdateProgrammeMutation = { updateFundingProgramme: { id: string, version: number } };

export type PlatformUnitsQueryVariables = Exact<{
  filter?: Types.TerritorialUnitFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PlatformUnitsQuery = { territorialUnits: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, version: number, name: string, kind: Types.TerritorialUnitKind, ars: string | null, ags: string | null, parent: { id: string, name: string } | null }> } };

export type PlatformCreateUnitMutationVariables = Exact<{
  input: Types.CreateTerritorialUnitInput;
}>;


export type PlatformCreateUnitMutation = { createTerritorialUnit: { id: string } };

export type PlatformUpdateUnitMutationVariables = Exact<{
  input: Types.UpdateTerritorialUnitInput;
}>;


export type PlatformUpdateUnitMutation = { updateTerritorialUnit: { id: string, version: number } };

export type PlatformDeleteUnitMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type PlatformDeleteUnitMutation = { deleteTerritorialUnit: string };

export type PlatformCostCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type PlatformCostCategoriesQuery = { costCategories: Array<{ id: string, version: number, code: string, name: string, sortOrder: number, active: boolean }> };

export type PlatformCreateCostCategoryMutationVariables = Exact<{
  input: Types.CreateCostCategoryInput;
}>;


export type PlatformCreateCostCategoryMutation = { createCostCategory: { id: string } };

export type PlatformUpdateCostCategoryMutationVariables = Exact<{
  input: Types.UpdateCostCategoryInput;
}>;


export type PlatformUpdateCostCategoryMutation = { updateCostCategory: { id: string, version: number } };

export type PlatformAccountFragment = { id: string, version: number, email: string, displayName: string, disabled: boolean, isPlatformAdmin: boolean | null, lastSignInAt: string | null, memberships: Array<{ id: string, role: Types.Role, modelProject: { id: string, code: string } }> };

export type PlatformAccountsQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PlatformAccountsQuery = { users: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, version: number, email: string, displayName: string, disabled: boolean, isPlatformAdmin: boolean | null, lastSignInAt: string | null, memberships: Array<{ id: string, role: Types.Role, modelProject: { id: string, code: string } }> }> } };

export type PlatformSetUserDisabledMutationVariables = Exact<{
  input: Types.SetUserDisabledInput;
}>;


export type PlatformSetUserDisabledMutation = { setUserDisabled: { id: string, version: number, disabled: boolean } };

export type PlatformProjectNameQueryVariables = Exact<{
  code: string;
}>;


export type PlatformProjectNameQuery = { modelProject: { id: string, code: string, name: string } };

export type PlatformSendPasswordResetMutationVariables = Exact<{
  userId: string;
}>;


export type PlatformSendPasswordResetMutation = { sendPasswordReset: boolean };


export const PlatformClusterFragmentDoc = new TypedDocumentString(`
    fragment PlatformCluster on Cluster {
  id
  version
  name
  description
  modelProjects {
    id
    code
    name
  }
}
    `, {"fragmentName":"PlatformCluster"}) as unknown as TypedDocumentString<PlatformClusterFragment, unknown>;
export const PlatformProgrammeFragmentDoc = new TypedDocumentString(`
    fragment PlatformProgramme on FundingProgramme {
  id
  version
  code
  name
  funder
  isDefault
  standardRate
  emergencyRate
  phaseACap
  phaseAMeasuresCap
  phaseBCap
  proofMonthsA
  proofMonthsB
  interimProofMonths
}
    `, {"fragmentName":"PlatformProgramme"}) as unknown as TypedDocumentString<PlatformProgrammeFragment, unknown>;
export const PlatformUnitFragmentDoc = new TypedDocumentString(`
    fragment PlatformUnit on TerritorialUnit {
  id
  version
  name
  kind
  ars
  ags
  parent {
    id
    name
  }
}
    `, {"fragmentName":"PlatformUnit"}) as unknown as TypedDocumentString<PlatformUnitFragment, unknown>;
export const PlatformProjectFragmentDoc = new TypedDocumentString(`
    fragment PlatformProject on ModelProject {
  id
  version
  code
  name
  cohortYear
  budgetaryEmergency
  websiteUrl
  cluster {
    id
    name
  }
  fundingProgramme {
    id
    code
    name
  }
  leadUnit {
    id
    name
  }
  members {
    id
    name
  }
  phaseA {
    plannedStart
    plannedEnd
  }
  phaseB {
    plannedStart
    plannedEnd
  }
}
    `, {"fragmentName":"PlatformProject"}) as unknown as TypedDocumentString<PlatformProjectFragment, unknown>;
export const PlatformCostCategoryFragmentDoc = new TypedDocumentString(`
    fragment PlatformCostCategory on CostCategory {
  id
  version
  code
  name
  sortOrder
  active
}
    `, {"fragmentName":"PlatformCostCategory"}) as unknown as TypedDocumentString<PlatformCostCategoryFragment, unknown>;
export const PlatformAccountFragmentDoc = new TypedDocumentString(`
    fragment PlatformAccount on User {
  id
  version
  email
  displayName
  disabled
  isPlatformAdmin
  lastSignInAt
  memberships {
    id
    role
    modelProject {
      id
      code
    }
  }
}
    `, {"fragmentName":"PlatformAccount"}) as unknown as TypedDocumentString<PlatformAccountFragment, unknown>;
export const PlatformClustersDocument = new TypedDocumentString(`
    query PlatformClusters {
  clusters(first: 100) {
    nodes {
      ...PlatformCluster
    }
  }
}
    fragment PlatformCluster on Cluster {
  id
  version
  name
  description
  modelProjects {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<PlatformClustersQuery, PlatformClustersQueryVariables>;
export const PlatformCreateClusterDocument = new TypedDocumentString(`
    mutation PlatformCreateCluster($input: CreateClusterInput!) {
  createCluster(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PlatformCreateClusterMutation, PlatformCreateClusterMutationVariables>;
export const PlatformUpdateClusterDocument = new TypedDocumentString(`
    mutation PlatformUpdateCluster($input: UpdateClusterInput!) {
  updateCluster(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<PlatformUpdateClusterMutation, PlatformUpdateClusterMutationVariables>;
export const PlatformDeleteClusterDocument = new TypedDocumentString(`
    mutation PlatformDeleteCluster($id: ID!, $version: Int!) {
  deleteCluster(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<PlatformDeleteClusterMutation, PlatformDeleteClusterMutationVariables>;
export const PlatformProjectsDocument = new TypedDocumentString(`
    query PlatformProjects {
  modelProjects(first: 100) {
    nodes {
      ...PlatformProject
    }
  }
  clusters(first: 100) {
    nodes {
      id
      name
    }
  }
  fundingProgrammes {
    id
    code
    name
  }
}
    fragment PlatformProject on ModelProject {
  id
  version
  code
  name
  cohortYear
  budgetaryEmergency
  websiteUrl
  cluster {
    id
    name
  }
  fundingProgramme {
    id
    code
    name
  }
  leadUnit {
    id
    name
  }
  members {
    id
    name
  }
  phaseA {
    plannedStart
    plannedEnd
  }
  phaseB {
    plannedStart
    plannedEnd
  }
}`) as unknown as TypedDocumentString<PlatformProjectsQuery, PlatformProjectsQueryVariables>;
export const PlatformCreateProjectDocument = new TypedDocumentString(`
    mutation PlatformCreateProject($input: CreateModelProjectInput!) {
  createModelProject(input: $input) {
    id
    code
  }
}
    `) as unknown as TypedDocumentString<PlatformCreateProjectMutation, PlatformCreateProjectMutationVariables>;
export const PlatformUpdateProjectDocument = new TypedDocumentString(`
    mutation PlatformUpdateProject($input: UpdateModelProjectInput!) {
  updateModelProject(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<PlatformUpdateProjectMutation, PlatformUpdateProjectMutationVariables>;
export const PlatformDeleteProjectDocument = new TypedDocumentString(`
    mutation PlatformDeleteProject($id: ID!, $version: Int!) {
  deleteModelProject(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<PlatformDeleteProjectMutation, PlatformDeleteProjectMutationVariables>;
export const PlatformProgrammesDocument = new TypedDocumentString(`
    query PlatformProgrammes {
  fundingProgrammes {
    ...PlatformProgramme
  }
}
    fragment PlatformProgramme on FundingProgramme {
  id
  version
  code
  name
  funder
  isDefault
  standardRate
  emergencyRate
  phaseACap
  phaseAMeasuresCap
  phaseBCap
  proofMonthsA
  proofMonthsB
  interimProofMonths
}`) as unknown as TypedDocumentString<PlatformProgrammesQuery, PlatformProgrammesQueryVariables>;
export const PlatformCreateProgrammeDocument = new TypedDocumentString(`
    mutation PlatformCreateProgramme($input: CreateFundingProgrammeInput!) {
  createFundingProgramme(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PlatformCreateProgrammeMutation, PlatformCreateProgrammeMutationVariables>;
export const PlatformUpdateProgrammeDocument = new TypedDocumentString(`
    mutation PlatformUpdateProgramme($input: UpdateFundingProgrammeInput!) {
  updateFundingProgramme(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<PlatformUpdateProgrammeMutation, PlatformUpdateProgrammeMutationVariables>;
export const PlatformUnitsDocument = new TypedDocumentString(`
    query PlatformUnits($filter: TerritorialUnitFilter, $first: Int, $after: String) {
  territorialUnits(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...PlatformUnit
    }
  }
}
    fragment PlatformUnit on TerritorialUnit {
  id
  version
  name
  kind
  ars
  ags
  parent {
    id
    name
  }
}`) as unknown as TypedDocumentString<PlatformUnitsQuery, PlatformUnitsQueryVariables>;
export const PlatformCreateUnitDocument = new TypedDocumentString(`
    mutation PlatformCreateUnit($input: CreateTerritorialUnitInput!) {
  createTerritorialUnit(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PlatformCreateUnitMutation, PlatformCreateUnitMutationVariables>;
export const PlatformUpdateUnitDocument = new TypedDocumentString(`
    mutation PlatformUpdateUnit($input: UpdateTerritorialUnitInput!) {
  updateTerritorialUnit(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<PlatformUpdateUnitMutation, PlatformUpdateUnitMutationVariables>;
export const PlatformDeleteUnitDocument = new TypedDocumentString(`
    mutation PlatformDeleteUnit($id: ID!, $version: Int!) {
  deleteTerritorialUnit(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<PlatformDeleteUnitMutation, PlatformDeleteUnitMutationVariables>;
export const PlatformCostCategoriesDocument = new TypedDocumentString(`
    query PlatformCostCategories {
  costCategories(includeInactive: true) {
    ...PlatformCostCategory
  }
}
    fragment PlatformCostCategory on CostCategory {
  id
  version
  code
  name
  sortOrder
  active
}`) as unknown as TypedDocumentString<PlatformCostCategoriesQuery, PlatformCostCategoriesQueryVariables>;
export const PlatformCreateCostCategoryDocument = new TypedDocumentString(`
    mutation PlatformCreateCostCategory($input: CreateCostCategoryInput!) {
  createCostCategory(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PlatformCreateCostCategoryMutation, PlatformCreateCostCategoryMutationVariables>;
export const PlatformUpdateCostCategoryDocument = new TypedDocumentString(`
    mutation PlatformUpdateCostCategory($input: UpdateCostCategoryInput!) {
  updateCostCategory(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<PlatformUpdateCostCategoryMutation, PlatformUpdateCostCategoryMutationVariables>;
export const PlatformAccountsDocument = new TypedDocumentString(`
    query PlatformAccounts($search: String, $first: Int, $after: String) {
  users(search: $search, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...PlatformAccount
    }
  }
}
    fragment PlatformAccount on User {
  id
  version
  email
  displayName
  disabled
  isPlatformAdmin
  lastSignInAt
  memberships {
    id
    role
    modelProject {
      id
      code
    }
  }
}`) as unknown as TypedDocumentString<PlatformAccountsQuery, PlatformAccountsQueryVariables>;
export const PlatformSetUserDisabledDocument = new TypedDocumentString(`
    mutation PlatformSetUserDisabled($input: SetUserDisabledInput!) {
  setUserDisabled(input: $input) {
    id
    version
    disabled
  }
}
    `) as unknown as TypedDocumentString<PlatformSetUserDisabledMutation, PlatformSetUserDisabledMutationVariables>;
export const PlatformProjectNameDocument = new TypedDocumentString(`
    query PlatformProjectName($code: String!) {
  modelProject(code: $code) {
    id
    code
    name
  }
}
    `) as unknown as TypedDocumentString<PlatformProjectNameQuery, PlatformProjectNameQueryVariables>;
export const PlatformSendPasswordResetDocument = new TypedDocumentString(`
    mutation PlatformSendPasswordReset($userId: ID!) {
  sendPasswordReset(userId: $userId)
}
    `) as unknown as TypedDocumentString<PlatformSendPasswordResetMutation, PlatformSendPasswordResetMutationVariables>;