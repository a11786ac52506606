import { inject, Injectable } from '@angular/core';
import { map, Observable } from 'rxjs';
import {
  CreateExpenditureInput,
  SetCostPlanEntryInput,
  UpdateMeasureInput,
  CreateStatusReportInput,
  CreateMilestoneInput,
  UpdateMilestoneInput,
  UpdateStatusReportInput,
  CreateIndicatorInput,
  UpdateIndicatorInput,
  RecordIndicatorValueInput,
  GraphqlClient,
  MeasureFilter,
  MeasureOrder,
  ReportMilestoneInput,
  UpdateMeasureProgressInput,
} from '@masswerk/dashboard/shared/data-access';
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

  fileStatusReport(input: CreateStatusReportInput) {
    return this.client.run(CreateStatusReportDocument, { input });
  }

  createIndicator(input: CreateIndicatorInput) {
    return this.client.run(CreateIndicatorDocument, { input });
  }

  updateIndicator(input: UpdateIndicatorInput) {
    return this.client.run(UpdateIndicatorDocument, { input });
  }

  deleteIndicator(id: string, version: number) {
    return this.client.run(DeleteIndicatorDocument, { id, version });
  }

  recordIndicatorValue(input: RecordIndicatorValueInput) {
    return this.client.run(RecordIndicatorValueDocument, { input });
  }

  deleteIndicatorValue(id: string) {
    return this.client.run(DeleteIndicatorValueDocument, { id });
  }

  correctStatusReport(input: UpdateStatusReportInput) {
    return this.client.run(UpdateStatusReportDocument, { input });
  }

  deleteStatusReport(id: string, version: number) {
    return this.client.run(DeleteStatusReportDocument, { id, version });
  }

  reportMilestone(input: ReportMilestoneInput) {
    return this.client.run(ReportMilestoneDocument, { input });
  }

  createMilestone(input: CreateMilestoneInput) {
    return this.client.run(CreateMilestoneDocument, { input });
  }

  updateMilestone(input: UpdateMilestoneInput) {
    return this.client.run(UpdateMilestoneDocument, { input });
  }

  deleteMilestone(id: string, version: number) {
    return this.client.run(DeleteMilestoneDocument, { id, version });
  }

  updateProgress(input: UpdateMeasureProgressInput) {
    return this.client.run(UpdateMeasureProgressDocument, { input });
  }

  budget(code: string): Observable<MeasureBudgetView> {
    return this.client.request(MeasureBudgetDocument, { code });
  }

  recordExpenditure(input: CreateExpenditureInput) {
    return this.client.run(CreateExpenditureDocument, { input });
  }

  deleteExpenditure(id: string, version: number) {
    return this.client.run(DeleteExpenditureDocument, { id, version });
  }

  setCostPlanEntry(input: SetCostPlanEntryInput) {
    return this.client.run(SetCostPlanEntryDocument, { input });
  }

  forEdit(code: string): Promise<MeasureForEdit> {
    return this.client.run(MeasureForEditDocument, { code }).then((d) => d.measureByCode);
  }

  updatePlan(input: UpdateMeasureInput) {
    return this.client.run(UpdateMeasurePlanDocument, { input });
  }
}
