import { inject, Injectable } from '@angular/core';
import { catchError, map, Observable, of } from 'rxjs';
import {
  CreateClusterInput,
  CreateCostCategoryInput,
  CreateFundingProgrammeInput,
  CreateModelProjectInput,
  CreateTerritorialUnitInput,
  GraphqlClient,
  TerritorialUnitFilter,
  UpdateClusterInput,
  UpdateCostCategoryInput,
  UpdateFundingProgrammeInput,
  UpdateModelProjectInput,
  UpdateTerritorialUnitInput,
} from '@masswerk/dashboard/shared/data-access';
import {
  PlatformAccountFragment,
  PlatformAccountsDocument,
  PlatformAccountsQuery,
  PlatformSetUserDisabledDocument,
  PlatformSendPasswordResetDocument,
  PlatformClusterFragment,
  PlatformClustersDocument,
  PlatformCostCategoriesDocument,
  PlatformCostCategoryFragment,
  PlatformCreateClusterDocument,
  PlatformCreateCostCategoryDocument,
  PlatformCreateProgrammeDocument,
  PlatformCreateProjectDocument,
  PlatformCreateUnitDocument,
  PlatformDeleteClusterDocument,
  PlatformDeleteProjectDocument,
  PlatformDeleteUnitDocument,
  PlatformProgrammeFragment,
  PlatformProgrammesDocument,
  PlatformProjectFragment,
  PlatformProjectNameDocument,
  PlatformProjectsDocument,
  PlatformProjectsQuery,
  PlatformUnitFragment,
  PlatformUnitsDocument,
  PlatformUnitsQuery,
  PlatformUpdateClusterDocument,
  PlatformUpdateCostCategoryDocument,
  PlatformUpdateProgrammeDocument,
  PlatformUpdateProjectDocument,
  PlatformUpdateUnitDocument,
} from './platform.generated';

export type ClusterView = PlatformClusterFragment;
export type AccountView = PlatformAccountFragment;
export type AccountPage = PlatformAccountsQuery['users'];
export type ProgrammeView = PlatformProgrammeFragment;
export type UnitView = PlatformUnitFragment;
export type ProjectView = PlatformProjectFragment;
export type CostCategoryView = PlatformCostCategoryFragment;
export type UnitPage = PlatformUnitsQuery['territorialUnits'];
export interface ProjectsView {
  projects: ProjectView[];
  clusters: PlatformProjectsQuery['clusters']['nodes'];
  programmes: PlatformProjectsQuery['fundingProgrammes'];
}

/** What platform administrators manage across projects; each call is one GraphQL operation. */
@Injectable({ providedIn: 'root' })
export class PlatformApi {
  private readonly client = inject(GraphqlClient);

  clusters(): Observable<ClusterView[]> {
    return this.client.request(PlatformClustersDocument).pipe(map((d) => d.clusters.nodes));
  }
  createCluster(input: CreateClusterInput) {
    return this.client.run(PlatformCreateClusterDocument, { input });
  }
  updateCluster(input: UpdateClusterInput) {
    return this.client.run(PlatformUpdateClusterDocument, { input });
  }
  deleteCluster(id: string, version: number) {
    return this.client.run(PlatformDeleteClusterDocument, { id, version });
  }

  projects(): Observable<ProjectsView> {
    return this.client.request(PlatformProjectsDocument).pipe(
      map((d) => ({
        projects: d.modelProjects.nodes,
        clusters: d.clusters.nodes,
        programmes: d.fundingProgrammes,
      })),
    );
  }
  createProject(input: CreateModelProjectInput) {
    return this.client.run(PlatformCreateProjectDocument, { input });
  }
  updateProject(input: UpdateModelProjectInput) {
    return this.client.run(PlatformUpdateProjectDocument, { input });
  }
  deleteProject(id: string, version: number) {
    return this.client.run(PlatformDeleteProjectDocument, { id, version });
  }

  programmes(): Observable<ProgrammeView[]> {
    return this.client.request(PlatformProgrammesDocument).pipe(map((d) => d.fundingProgrammes));
  }
  createProgramme(input: CreateFundingProgrammeInput) {
    return this.client.run(PlatformCreateProgrammeDocument, { input });
  }
  updateProgramme(input: UpdateFundingProgrammeInput) {
    return this.client.run(PlatformUpdateProgrammeDocument, { input });
  }

  units(filter: TerritorialUnitFilter, first = 100, after: string | null = null): Observable<UnitPage> {
    return this.client.request(PlatformUnitsDocument, { filter, first, after }).pipe(map((d) => d.territorialUnits));
  }
  createUnit(input: CreateTerritorialUnitInput) {
    return this.client.run(PlatformCreateUnitDocument, { input });
  }
  updateUnit(input: UpdateTerritorialUnitInput) {
    return this.client.run(PlatformUpdateUnitDocument, { input });
  }
  deleteUnit(id: string, version: number) {
    return this.client.run(PlatformDeleteUnitDocument, { id, version });
  }

  costCategories(): Observable<CostCategoryView[]> {
    return this.client.request(PlatformCostCategoriesDocument).pipe(map((d) => d.costCategories));
  }
  createCostCategory(input: CreateCostCategoryInput) {
    return this.client.run(PlatformCreateCostCategoryDocument, { input });
  }
  updateCostCategory(input: UpdateCostCategoryInput) {
    return this.client.run(PlatformUpdateCostCategoryDocument, { input });
  }

  accounts(search: string, first: number, after: string | null): Observable<AccountPage> {
    return this.client
      .request(PlatformAccountsDocument, { search: search || null, first, after })
      .pipe(map((d) => d.users));
  }
  setUserDisabled(userId: string, version: number, disabled: boolean) {
    return this.client.run(PlatformSetUserDisabledDocument, { input: { userId, version, disabled } });
  }

  /** A project's name by its code, for a heading (null when there is no such project). */
  projectName(code: string): Observable<string | null> {
    return this.client.request(PlatformProjectNameDocument, { code }).pipe(
      map((d) => d.modelProject.name),
      catchError(() => of(null)),
    );
  }

  sendPasswordReset(userId: string) {
    return this.client.run(PlatformSendPasswordResetDocument, { userId });
  }
}
