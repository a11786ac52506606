import { inject, Injectable } from '@angular/core';
import { map, Observable } from 'rxjs';
import {
  AddStrategyVersionInput,
  CreateFieldOfActionInput,
  CreateGoalInput,
  CreateGrantInput,
  CreateMeasureInput,
  CreateStrategyInput,
  GraphqlClient,
  InviteProjectMemberInput,
  SetUserDisabledInput,
  UpdateFieldOfActionInput,
  UpdateGoalInput,
  UpdateGrantInput,
  UpdateMembershipInput,
  UpdateStrategyInput,
  UpdateStrategyVersionInput,
  UpdateProjectOpenDataSettingsInput,
} from '@masswerk/dashboard/shared/data-access';
import {
  AdminAddStrategyVersionDocument,
  AdminCreateFieldOfActionDocument,
  AdminCreateGoalDocument,
  AdminCreateGrantDocument,
  AdminCreateMeasureDocument,
  AdminCreateStrategyDocument,
  AdminDeleteFieldOfActionDocument,
  AdminDeleteGoalDocument,
  AdminDeleteMeasureDocument,
  AdminFieldsOfActionDocument,
  AdminFieldsOfActionQuery,
  AdminGrantsDocument,
  AdminGrantsQuery,
  AdminInvitationsDocument,
  AdminInvitationsQuery,
  AdminInviteMemberDocument,
  AdminMeasuresDocument,
  AdminMeasuresQuery,
  AdminMembersDocument,
  AdminMembersQuery,
  AdminProjectDocument,
  AdminProjectQuery,
  AdminRemoveMembershipDocument,
  AdminResendInvitationDocument,
  AdminRevokeInvitationDocument,
  AdminSetUserDisabledDocument,
  AdminStrategyDocument,
  AdminStrategyQuery,
  AdminUpdateFieldOfActionDocument,
  AdminUpdateGoalDocument,
  AdminUpdateGrantDocument,
  AdminUpdateMembershipDocument,
  AdminUpdateStrategyDocument,
  AdminUpdateStrategyVersionDocument,
  AdminOpenDataSettingsDocument,
  AdminOpenDataSettingsFieldsFragment,
  AdminUpdateOpenDataSettingsDocument,
} from './admin.generated';

export type AdminProjectView = AdminProjectQuery['modelProject'];
export type MemberView = AdminMembersQuery['projectMembers'][number];
export type InvitationView = AdminInvitationsQuery['projectInvitations'][number];
export type FieldOfActionView = AdminFieldsOfActionQuery['fieldsOfAction'][number];
export type GoalView = FieldOfActionView['goals'][number];
export type AdminMeasurePage = AdminMeasuresQuery['modelProject']['measures'];
export type AdminMeasureView = AdminMeasurePage['nodes'][number];
export type StrategyView = NonNullable<AdminStrategyQuery['modelProject']['strategy']>;
export type StrategyVersionView = StrategyView['versions'][number];
export type GrantsView = AdminGrantsQuery['modelProject'];
export type GrantPhaseView = NonNullable<GrantsView['funding']>['phases'][number];
export type GrantView = NonNullable<GrantPhaseView['grant']>;
export type OpenDataSettingsView = AdminOpenDataSettingsFieldsFragment;

/** What project administrators change: people and roles, fields of action and goals, measures, strategy, grants. */
@Injectable({ providedIn: 'root' })
export class AdminApi {
  private readonly client = inject(GraphqlClient);

  project(code: string): Observable<AdminProjectView> {
    return this.client.request(AdminProjectDocument, { code }).pipe(map((d) => d.modelProject));
  }

  // ---- members and roles ----

  members(modelProjectId: string): Observable<MemberView[]> {
    return this.client.request(AdminMembersDocument, { modelProjectId }).pipe(map((d) => d.projectMembers));
  }

  invitations(modelProjectId: string): Observable<InvitationView[]> {
    return this.client.request(AdminInvitationsDocument, { modelProjectId }).pipe(map((d) => d.projectInvitations));
  }

  invite(input: InviteProjectMemberInput) {
    return this.client.run(AdminInviteMemberDocument, { input });
  }

  resendInvitation(id: string, version: number) {
    return this.client.run(AdminResendInvitationDocument, { id, version });
  }

  revokeInvitation(id: string, version: number) {
    return this.client.run(AdminRevokeInvitationDocument, { id, version });
  }

  updateMembership(input: UpdateMembershipInput) {
    return this.client.run(AdminUpdateMembershipDocument, { input });
  }

  removeMembership(id: string, version: number) {
    return this.client.run(AdminRemoveMembershipDocument, { id, version });
  }

  setUserDisabled(input: SetUserDisabledInput) {
    return this.client.run(AdminSetUserDisabledDocument, { input });
  }

  // ---- fields of action and goals ----

  /** The fields of action with their goals, and whether the project has a strategy (fields need one). */
  fieldsOfAction(modelProjectId: string): Observable<{ fields: FieldOfActionView[]; hasStrategy: boolean }> {
    return this.client
      .request(AdminFieldsOfActionDocument, { modelProjectId })
      .pipe(map((d) => ({ fields: d.fieldsOfAction, hasStrategy: d.modelProject.strategy !== null })));
  }

  createFieldOfAction(input: CreateFieldOfActionInput) {
    return this.client.run(AdminCreateFieldOfActionDocument, { input });
  }

  updateFieldOfAction(input: UpdateFieldOfActionInput) {
    return this.client.run(AdminUpdateFieldOfActionDocument, { input });
  }

  deleteFieldOfAction(id: string, version: number) {
    return this.client.run(AdminDeleteFieldOfActionDocument, { id, version });
  }

  createGoal(input: CreateGoalInput) {
    return this.client.run(AdminCreateGoalDocument, { input });
  }

  updateGoal(input: UpdateGoalInput) {
    return this.client.run(AdminUpdateGoalDocument, { input });
  }

  deleteGoal(id: string, version: number) {
    return this.client.run(AdminDeleteGoalDocument, { id, version });
  }

  // ---- measures ----

  measures(code: string, after: string | null = null): Observable<AdminMeasurePage> {
    return this.client.request(AdminMeasuresDocument, { code, after }).pipe(map((d) => d.modelProject.measures));
  }

  createMeasure(input: CreateMeasureInput) {
    return this.client.run(AdminCreateMeasureDocument, { input }).then((d) => d.createMeasure);
  }

  deleteMeasure(id: string, version: number) {
    return this.client.run(AdminDeleteMeasureDocument, { id, version });
  }

  // ---- strategy ----

  strategy(code: string): Observable<StrategyView | null> {
    return this.client.request(AdminStrategyDocument, { code }).pipe(map((d) => d.modelProject.strategy));
  }

  createStrategy(input: CreateStrategyInput) {
    return this.client.run(AdminCreateStrategyDocument, { input });
  }

  updateStrategy(input: UpdateStrategyInput) {
    return this.client.run(AdminUpdateStrategyDocument, { input });
  }

  addStrategyVersion(input: AddStrategyVersionInput) {
    return this.client.run(AdminAddStrategyVersionDocument, { input });
  }

  updateStrategyVersion(input: UpdateStrategyVersionInput) {
    return this.client.run(AdminUpdateStrategyVersionDocument, { input });
  }

  // ---- grants ----

  grants(code: string): Observable<GrantsView> {
    return this.client.request(AdminGrantsDocument, { code }).pipe(map((d) => d.modelProject));
  }

  createGrant(input: CreateGrantInput) {
    return this.client.run(AdminCreateGrantDocument, { input });
  }

  updateGrant(input: UpdateGrantInput) {
    return this.client.run(AdminUpdateGrantDocument, { input });
  }

  // ---- open data ----

  openDataSettings(modelProjectId: string): Promise<OpenDataSettingsView> {
    return this.client.run(AdminOpenDataSettingsDocument, { modelProjectId }).then((d) => d.projectOpenDataSettings);
  }

  updateOpenDataSettings(input: UpdateProjectOpenDataSettingsInput): Promise<OpenDataSettingsView> {
    return this.client.run(AdminUpdateOpenDataSettingsDocument, { input }).then((d) => d.updateProjectOpenDataSettings);
  }
}
