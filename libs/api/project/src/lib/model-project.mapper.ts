import { ClusterEntity } from './cluster.entity';
import { ModelProjectEntity } from './model-project.entity';
import { Cluster, ModelProject } from './dtos/model-project.dto';

export function toModelProject(e: ModelProjectEntity): ModelProject {
  return {
    id: e.id,
    code: e.code,
    name: e.name,
    cohortYear: e.cohortYear,
    office: { name: e.officeName, email: e.officeEmail, phone: e.officePhone, address: e.officeAddress },
    websiteUrl: e.websiteUrl,
    budgetaryEmergency: e.budgetaryEmergency,
    phaseA: {
      plannedStart: e.phaseAPlannedStart,
      plannedEnd: e.phaseAPlannedEnd,
      actualStart: e.phaseAActualStart,
      actualEnd: e.phaseAActualEnd,
    },
    phaseB: {
      plannedStart: e.phaseBPlannedStart,
      plannedEnd: e.phaseBPlannedEnd,
      actualStart: e.phaseBActualStart,
      actualEnd: e.phaseBActualEnd,
    },
    isDemo: e.isDemo,
    version: e.version,
    leadUnitId: e.leadUnitId,
    clusterId: e.clusterId,
    fundingProgrammeId: e.fundingProgrammeId,
  };
}

export function toCluster(e: ClusterEntity): Cluster {
  return { id: e.id, name: e.name, description: e.description, version: e.version };
}
