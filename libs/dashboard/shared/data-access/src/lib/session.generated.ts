/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from './schema.generated';

import { TypedDocumentString } from './typed-document-string';
export type SessionViewerFragment = { user: { id: string, email: string, displayName: string, isPlatformAdmin: boolean | null }, memberships: Array<{ id: string, role: Types.Role, modelProject: { id: string, code: string, name: string }, territorialUnit: { id: string, name: string } | null }> };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { user: { id: string, email: string, displayName: string, isPlatformAdmin: boolean | null }, memberships: Array<{ id: string, role: Types.Role, modelProject: { id: string, code: string, name: string }, territorialUnit: { id: string, name: string } | null }> } | null };

export type SignInMutationVariables = Exact<{
  input: Types.SignInInput;
}>;


export type SignInMutation = { signIn: { user: { id: string, email: string, displayName: string, isPlatformAdmin: boolean | null }, memberships: Array<{ id: string, role: Types.Role, modelProject: { id: string, code: string, name: string }, territorialUnit: { id: string, name: string } | null }> } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type AcceptInvitationWithNewAccountMutationVariables = Exact<{
  input: Types.AcceptInvitationWithNewAccountInput;
}>;


export type AcceptInvitationWithNewAccountMutation = { acceptInvitationWithNewAccount: { user: { id: string, email: string, displayName: string, isPlatformAdmin: boolean | null }, memberships: Array<{ id: string, role: Types.Role, modelProject: { id: string, code: string, name: string }, territorialUnit: { id: string, name: string } | null }> } };


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
export const AcceptInvitationWithNewAccountDocument = new TypedDocumentString(`
    mutation AcceptInvitationWithNewAccount($input: AcceptInvitationWithNewAccountInput!) {
  acceptInvitationWithNewAccount(input: $input) {
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
}`) as unknown as TypedDocumentString<AcceptInvitationWithNewAccountMutation, AcceptInvitationWithNewAccountMutationVariables>;