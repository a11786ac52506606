/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@masswerk/dashboard/shared/data-access';

import { TypedDocumentString } from '@masswerk/dashboard/shared/data-access';
export type AdminProjectQueryVariables = Exact<{
  code: string;
}>;


export type AdminProjectQuery = { modelProject: { id: string, code: string, name: string, version: number, viewerRole: Types.Role | null, viewerPermissions: Array<Types.Permission>, budgetaryEmergency: boolean, leadUnit: { id: string, name: string }, members: Array<{ id: string, name: string }> } };

export type AdminMembersQueryVariables = Exact<{
  modelProjectId: string;
}>;


export type AdminMembersQuery = { projectMembers: Array<{ id: string, role: Types.Role, version: number, territorialUnit: { id: string, name: string } | null, user: { id: string, email: string, displayName: string, disabled: boolean, isPlatformAdmin: boolean | null, lastSignInAt: string | null, version: number } }> };

export type AdminInvitationsQueryVariables = Exact<{
  modelProjectId: string;
}>;


export type AdminInvitationsQuery = { projectInvitations: Array<{ id: string, email: string, displayName: string, role: Types.Role, status: Types.InvitationStatus, expiresAt: string, createdAt: string, answeredAt: string | null, invitedByName: string, version: number, territorialUnit: { id: string, name: string } | null }> };

export type AdminInviteMemberMutationVariables = Exact<{
  input: Types.InviteProjectMemberInput;
}>;


export type AdminInviteMemberMutation = { inviteProjectMember: { id: string, email: string, status: Types.InvitationStatus, version: number } };

export type AdminResendInvitationMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type AdminResendInvitationMutation = { resendInvitation: { id: string, expiresAt: string, version: number } };

export type AdminRevokeInvitationMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type AdminRevokeInvitationMutation = { revokeInvitation: { id: string, status: Types.InvitationStatus, version: number } };

export type AdminUpdateMembershipMutationVariables = Exact<{
  input: Types.UpdateMembershipInput;
}>;


export type AdminUpdateMembershipMutation = { updateMembership: { id: string, role: Types.Role, version: number } };

export type AdminRemoveMembershipMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type AdminRemoveMembershipMutation = { removeMembership: string };

export type AdminSetUserDisabledMutationVariables = Exact<{
  input: Types.SetUserDisabledInput;
}>;


export type AdminSetUserDisabledMutation = { setUserDisabled: { id: string, disabled: boolean, version: number } };

export type AdminFieldsOfActionQueryVariables = Exact<{
  modelProjectId: string;
}>;


export type AdminFieldsOfActionQuery = { modelProject: { id: string, strategy: { id: string } | null }, fieldsOfAction: Array<{ id: string, code: string, name: string, description: string, sortOrder: number, version: number, goals: Array<{ id: string, code: string, title: string, description: string, sortOrder: number, version: number }> }> };

export type AdminCreateFieldOfActionMutationVariables = Exact<{
  input: Types.CreateFieldOfActionInput;
}>;


export type AdminCreateFieldOfActionMutation = { createFieldOfAction: { id: string } };

export type AdminUpdateFieldOfActionMutationVariables = Exact<{
  input: Types.UpdateFieldOfActionInput;
}>;


export type AdminUpdateFieldOfActionMutation = { updateFieldOfAction: { id: string, version: number } };

export type AdminDeleteFieldOfActionMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type AdminDeleteFieldOfActionMutation = { deleteFieldOfAction: string };

export type AdminCreateGoalMutationVariables = Exact<{
  input: Types.CreateGoalInput;
}>;


export type AdminCreateGoalMutation = { createGoal: { id: string } };

export type AdminUpdateGoalMutationVariables = Exact<{
  input: Types.UpdateGoalInput;
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


export type AdminMeasuresQuery = { modelProject: { id: string, measures: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string, title: string, phase: Types.Phase, status: Types.MeasureStatus, flagship: boolean, published: boolean, version: number, leadUnit: { id: string, name: string } | null }> } } };

export type AdminCreateMeasureMutationVariables = Exact<{
  input: Types.CreateMeasureInput;
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
  input: Types.CreateStrategyInput;
}>;


export type AdminCreateStrategyMutation = { createStrategy: { id: string } };

export type AdminUpdateStrategyMutationVariables = Exact<{
  input: Types.UpdateStrategyInput;
}>;


export type AdminUpdateStrategyMutation = { updateStrategy: { id: string, version: number } };

export type AdminAddStrategyVersionMutationVariables = Exact<{
  input: Types.AddStrategyVersionInput;
}>;


export type AdminAddStrategyVersionMutation = { addStrategyVersion: { id: string, versionNumber: number } };

export type AdminUpdateStrategyVersionMutationVariables = Exact<{
  input: Types.UpdateStrategyVersionInput;
}>;


export type AdminUpdateStrategyVersionMutation = { updateStrategyVersion: { id: string, version: number } };

export type AdminGrantsQueryVariables = Exact<{
  code: string;
}>;


export type AdminGrantsQuery = { modelProject: { id: string, budgetaryEmergency: boolean, funding: { programme: { standardRate: number, emergencyRate: number }, phases: Array<{ phase: Types.Phase, fundingRate: number, cap: string, grant: { id: string, version: number, phase: Types.Phase, commitmentNumber: string, commitmentDate: string | null, periodStart: string | null, periodEnd: string | null, fundingRate: number, eligibleCosts: string, grantAmount: string, ownShare: string, finalProofDue: string | null, notes: string } | null }> } | null } };

export type AdminCreateGrantMutationVariables = Exact<{
  input: Types.CreateGrantInput;
}>;


export type AdminCreateGrantMutation = { createGrant: { id: string } };

export type AdminUpdateGrantMutationVariables = Exact<{
  input: Types.UpdateGrantInput;
}>;


export type AdminUpdateGrantMutation = { updateGrant: { id: string, version: number } };



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
export const AdminInvitationsDocument = new TypedDocumentString(`
    query AdminInvitations($modelProjectId: ID!) {
  projectInvitations(modelProjectId: $modelProjectId) {
    id
    email
    displayName
    role
    status
    expiresAt
    createdAt
    answeredAt
    invitedByName
    version
    territorialUnit {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AdminInvitationsQuery, AdminInvitationsQueryVariables>;
export const AdminInviteMemberDocument = new TypedDocumentString(`
    mutation AdminInviteMember($input: InviteProjectMemberInput!) {
  inviteProjectMember(input: $input) {
    id
    email
    status
    version
  }
}
    `) as unknown as TypedDocumentString<AdminInviteMemberMutation, AdminInviteMemberMutationVariables>;
export const AdminResendInvitationDocument = new TypedDocumentString(`
    mutation AdminResendInvitation($id: ID!, $version: Int!) {
  resendInvitation(id: $id, version: $version) {
    id
    expiresAt
    version
  }
}
    `) as unknown as TypedDocumentString<AdminResendInvitationMutation, AdminResendInvitationMutationVariables>;
export const AdminRevokeInvitationDocument = new TypedDocumentString(`
    mutation AdminRevokeInvitation($id: ID!, $version: Int!) {
  revokeInvitation(id: $id, version: $version) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<AdminRevokeInvitationMutation, AdminRevokeInvitationMutationVariables>;
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