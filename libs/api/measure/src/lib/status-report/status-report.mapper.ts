import { StatusReportEntity } from './status-report.entity';
import { StatusReport } from './dtos/status-report.dto';

export function toStatusReport(e: StatusReportEntity): StatusReport {
  return {
    id: e.id,
    reportDate: e.reportDate,
    trafficLight: e.trafficLight,
    progress: e.progress,
    achieved: e.achieved,
    nextSteps: e.nextSteps,
    risks: e.risks,
    createdAt: e.createdAt,
    version: e.version,
    measureId: e.measureId,
    modelProjectId: e.modelProjectId,
    authorId: e.authorId,
  };
}
