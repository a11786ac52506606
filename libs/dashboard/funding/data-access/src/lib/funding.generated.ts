/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@masswerk/dashboard/shared/data-access';

import { TypedDocumentString } from '@masswerk/dashboard/shared/data-access';
export type SharesFieldsFragment = { total: string, federal: string, own: string };

export type ProjectFundingQueryVariables = Exact<{
  code: string;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type ProjectFundingQuery = { costCategories: Array<{ id: string, code: string, name: string, sortOrder: number, active: boolean }>, modelProject: { id: string, code: string, name: string, viewerPermissions: Array<Types.Permission>, funding: { calledOffTotal: string, programme: { name: string, funder: string, standardRate: number, emergencyRate: number, phaseACap: string, phaseAMeasuresCap: string, phaseBCap: string }, plannedTotal: { total: string, federal: string, own: string }, actualTotal: { total: string, federal: string, own: string }, phases: Array<{ phase: Types.Phase, fundingRate: number, cap: string, calledOff: string, paidOut: string, grantRemaining: string | null, remaining: string, grant: { id: string, version: number, commitmentNumber: string, commitmentDate: string | null, periodStart: string | null, periodEnd: string | null, fundingRate: number, eligibleCosts: string, grantAmount: string, ownShare: string, finalProofDue: string | null, notes: string } | null, planned: { total: string, federal: string, own: string }, actual: { total: string, federal: string, own: string }, byCategory: Array<{ costCategoryId: string, remaining: string, planned: { total: string, federal: string, own: string }, actual: { total: string, federal: string, own: string } }>, byYear: Array<{ year: number, remaining: string, planned: { total: string, federal: string, own: string }, actual: { total: string, federal: string, own: string } }> }>, callOffs: Array<{ id: string, grantId: string, phase: Types.Phase, requestedOn: string, amount: string, periodStart: string, periodEnd: string, status: Types.CallOffStatus, paidOn: string | null, reference: string, version: number }>, proofs: Array<{ id: string | null, grantId: string, phase: Types.Phase, kind: Types.ProofKind, periodStart: string, periodEnd: string, dueDate: string, submittedOn: string | null, state: Types.DeadlineState, notes: string, version: number | null }>, warnings: Array<{ code: Types.FundingWarningCode, severity: Types.WarningSeverity, message: string, phase: Types.Phase | null, measureCode: string | null, limit: string | null, value: string | null, dueDate: string | null }> } | null } };

export type CreateCallOffMutationVariables = Exact<{
  input: Types.CreateCallOffInput;
}>;


export type CreateCallOffMutation = { createCallOff: { id: string } };

export type UpdateCallOffMutationVariables = Exact<{
  input: Types.UpdateCallOffInput;
}>;


export type UpdateCallOffMutation = { updateCallOff: { id: string, version: number, status: Types.CallOffStatus } };

export type CreateProofMutationVariables = Exact<{
  input: Types.CreateProofInput;
}>;


export type CreateProofMutation = { createProof: { id: string | null } };

export type UpdateProofMutationVariables = Exact<{
  input: Types.UpdateProofInput;
}>;


export type UpdateProofMutation = { updateProof: { id: string | null, version: number | null, submittedOn: string | null } };


export const SharesFieldsFragmentDoc = new TypedDocumentString(`
    fragment SharesFields on Shares {
  total
  federal
  own
}
    `, {"fragmentName":"SharesFields"}) as unknown as TypedDocumentString<SharesFieldsFragment, unknown>;
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
        limit
        value
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