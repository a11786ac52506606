/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@masswerk/dashboard/shared/data-access';

import { TypedDocumentString } from '@masswerk/dashboard/shared/data-access';
export type InvitationByTokenQueryVariables = Exact<{
  token: string;
}>;


export type InvitationByTokenQuery = { invitationByToken: { id: string, projectCode: string, projectName: string, role: Types.Role, email: string, displayName: string, status: Types.InvitationStatus, expiresAt: string, accountExists: boolean } };

export type MyInvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyInvitationsQuery = { myInvitations: Array<{ id: string, role: Types.Role, expiresAt: string, invitedByName: string, version: number, modelProject: { id: string, code: string, name: string }, territorialUnit: { id: string, name: string } | null }> };

export type AcceptInvitationMutationVariables = Exact<{
  id: string;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { id: string } };

export type DeclineInvitationMutationVariables = Exact<{
  id: string;
}>;


export type DeclineInvitationMutation = { declineInvitation: { id: string, status: Types.InvitationStatus } };



export const InvitationByTokenDocument = new TypedDocumentString(`
    query InvitationByToken($token: String!) {
  invitationByToken(token: $token) {
    id
    projectCode
    projectName
    role
    email
    displayName
    status
    expiresAt
    accountExists
  }
}
    `) as unknown as TypedDocumentString<InvitationByTokenQuery, InvitationByTokenQueryVariables>;
export const MyInvitationsDocument = new TypedDocumentString(`
    query MyInvitations {
  myInvitations {
    id
    role
    expiresAt
    invitedByName
    version
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
    `) as unknown as TypedDocumentString<MyInvitationsQuery, MyInvitationsQueryVariables>;
export const AcceptInvitationDocument = new TypedDocumentString(`
    mutation AcceptInvitation($id: ID!) {
  acceptInvitation(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const DeclineInvitationDocument = new TypedDocumentString(`
    mutation DeclineInvitation($id: ID!) {
  declineInvitation(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DeclineInvitationMutation, DeclineInvitationMutationVariables>;