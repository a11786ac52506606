import { inject, Injectable } from '@angular/core';
import { map, Observable } from 'rxjs';
import { GraphqlClient, MeasureFilter, MeasureOrder } from '@masswerk/dashboard/shared/data-access';
import {
  CreateExpenditureDocument,
  DeleteExpenditureDocument,
  MeasureBudgetDocument,
  MeasureBudgetQuery,
  MeasureForEditDocument,
  MeasureForEditQuery,
  SetCostPlanEntryDocument,
  UpdateMeasurePlanDocument,
} from './budget.generated';
import {
  CreateIndicatorDocument,
  DeleteIndicatorDocument,
  DeleteIndicatorValueDocument,
  RecordIndicatorValueDocument,
  UpdateIndicatorDocument,
  CreateMilestoneDocument,
  DeleteMilestoneDocument,
  UpdateMilestoneDocument,
  CreateStatusReportDocument,
  DeleteStatusReportDocument,
  UpdateStatusReportDocument,
  MeasureDetailDocument,
  MeasureDetailQuery,
  MeasureFilterOptionsDocument,
  MeasureFilterOptionsQuery,
  MeasureListDocument,
  MeasureListQuery,
  ReportMilestoneDocument,
  UpdateMeasureProgressDocument,
} from './measures.generated';

export type MeasurePage = MeasureListQuery['measures'];
export type MeasureRow = MeasurePage['nodes'][number];
/** A measure as its page shows it, with the day the API counts as today (default and limit of report dates). */
export type MeasureDetail = MeasureDetailQuery['measureByCode'] & { today: MeasureDetailQuery['today'] };
export type FilterOptions = MeasureFilterOptionsQuery['modelProject'];
export type MeasureBudgetView = MeasureBudgetQuery;
export type MeasureForEdit = MeasureForEditQuery['measureByCode'];

export interface MeasureQuery {
  first: number;
  after: string | null;
  filter: MeasureFilter;
  orderBy: MeasureOrder;
}

/** Measures: lists for every audience, the measure page, and the updates project managers make. */
@Injectable({ providedIn: 'root' })
export class MeasuresApi {
  private readonly client = inject(GraphqlClient);

  // the changes that take one input
  readonly fileStatusReport = this.client.withInput(CreateStatusReportDocument);
  readonly createIndicator = this.client.withInput(CreateIndicatorDocument);
  readonly updateIndicator = this.client.withInput(UpdateIndicatorDocument);
  readonly recordIndicatorValue = this.client.withInput(RecordIndicatorValueDocument);
  readonly correctStatusReport = this.client.withInput(UpdateStatusReportDocument);
  readonly reportMilestone = this.client.withInput(ReportMilestoneDocument);
  readonly createMilestone = this.client.withInput(CreateMilestoneDocument);
  readonly updateMilestone = this.client.withInput(UpdateMilestoneDocument);
  readonly updateProgress = this.client.withInput(UpdateMeasureProgressDocument);
  readonly recordExpenditure = this.client.withInput(CreateExpenditureDocument);
  readonly setCostPlanEntry = this.client.withInput(SetCostPlanEntryDocument);
  readonly updatePlan = this.client.withInput(UpdateMeasurePlanDocument);

  list(query: MeasureQuery): Observable<MeasurePage> {
    return this.client.request(MeasureListDocument, query).pipe(map((d) => d.measures));
  }

  filterOptions(projectCode: string): Observable<FilterOptions> {
    return this.client.request(MeasureFilterOptionsDocument, { code: projectCode }).pipe(map((d) => d.modelProject));
  }

  detail(code: string): Observable<MeasureDetail> {
    return this.client
      .request(MeasureDetailDocument, { code })
      .pipe(map((d) => ({ ...d.measureByCode, today: d.today })));
  }

  deleteIndicator(id: string, version: number) {
    return this.client.run(DeleteIndicatorDocument, { id, version });
  }

  deleteIndicatorValue(id: string) {
    return this.client.run(DeleteIndicatorValueDocument, { id });
  }

  deleteStatusReport(id: string, version: number) {
    return this.client.run(DeleteStatusReportDocument, { id, version });
  }

  deleteMilestone(id: string, version: number) {
    return this.client.run(DeleteMilestoneDocument, { id, version });
  }

  budget(code: string): Observable<MeasureBudgetView> {
    return this.client.request(MeasureBudgetDocument, { code });
  }

  deleteExpenditure(id: string, version: number) {
    return this.client.run(DeleteExpenditureDocument, { id, version });
  }

  forEdit(code: string): Promise<MeasureForEdit> {
    return this.client.run(MeasureForEditDocument, { code }).then((d) => d.measureByCode);
  }
}
