/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@masswerk/dashboard/shared/data-access';

import { TypedDocumentString } from '@masswerk/dashboard/shared/data-access';
export type MeasureBudgetQueryVariables = Exact<{
  code: string;
}>;


export type MeasureBudgetQuery = { costCategories: Array<{ id: string, code: string, name: string }>, measureByCode: { id: string, code: string, plannedStart: string | null, plannedEnd: string | null, viewerCanReport: boolean, viewerCanEditPlan: boolean, budget: { fundingRate: number, remaining: string, planned: { total: string, federal: string, own: string }, actual: { total: string, federal: string, own: string }, byCategory: Array<{ costCategoryId: string, remaining: string, planned: { total: string }, actual: { total: string } }>, costPlan: Array<{ id: string, year: number, costCategoryId: string, planned: string, version: number }>, expenditures: Array<{ id: string, spentOn: string, costCategoryId: string, amount: string, description: string, documentReference: string, version: number }> } | null } };

export type CreateExpenditureMutationVariables = Exact<{
  input: Types.CreateExpenditureInput;
}>;


export type CreateExpenditureMutation = { createExpenditure: { id: string } };

export type DeleteExpenditureMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type DeleteExpenditureMutation = { deleteExpenditure: string };

export type SetCostPlanEntryMutationVariables = Exact<{
  input: Types.SetCostPlanEntryInput;
}>;


export type SetCostPlanEntryMutation = { setCostPlanEntry: { id: string, version: number, planned: string } | null };

export type MeasureForEditQueryVariables = Exact<{
  code: string;
}>;


export type MeasureForEditQuery = { measureByCode: { id: string, code: string, title: string, summary: string, description: string, responsibleUnit: string, contactName: string, contactEmail: string | null, partners: Array<string>, priority: Types.Priority, flagship: boolean, phase: Types.Phase, strategyWork: boolean, plannedStart: string | null, plannedEnd: string | null, actualStart: string | null, actualEnd: string | null, status: Types.MeasureStatus, published: boolean, tags: Array<string>, continuationPlan: string, version: number, viewerCanEditPlan: boolean, viewerCanReport: boolean, openSource: { repositoryUrl: string | null, licence: string | null, documentationUrl: string | null }, transferability: { level: Types.Transferability, notes: string }, progress: { value: number, source: Types.ProgressSource, manualReason: string | null }, health: { value: Types.Health, computed: Types.Health, overridden: boolean, overrideReason: string | null }, modelProject: { id: string, code: string, name: string, fieldsOfAction: Array<{ id: string, code: string, name: string, goals: Array<{ id: string, code: string, title: string }> }>, leadUnit: { id: string, name: string }, members: Array<{ id: string, name: string }> }, leadUnit: { id: string } | null, adopters: Array<{ id: string, name: string }>, participatingUnits: Array<{ id: string }>, fieldsOfAction: Array<{ id: string }>, goals: Array<{ id: string }> } };

export type UpdateMeasurePlanMutationVariables = Exact<{
  input: Types.UpdateMeasureInput;
}>;


export type UpdateMeasurePlanMutation = { updateMeasure: { id: string, version: number } };



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
    plannedStart
    plannedEnd
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
    strategyWork
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
    adopters {
      id
      name
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