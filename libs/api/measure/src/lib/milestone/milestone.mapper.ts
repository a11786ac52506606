import { IsoDate, milestoneDueDate, milestoneSlippageDays, milestoneState } from '@masswerk/shared/domain';
import { MilestoneEntity } from './milestone.entity';
import { Milestone } from './dtos/milestone.dto';

/** A milestone as read for display: every column but the timestamps. */
export type MilestoneRow = Omit<MilestoneEntity, 'createdAt' | 'updatedAt'>;

export function toMilestone(e: MilestoneRow, today: IsoDate): Milestone {
  return {
    id: e.id,
    title: e.title,
    description: e.description,
    baselineDate: e.baselineDate,
    forecastDate: e.forecastDate,
    completedOn: e.completedOn,
    weight: e.weight,
    sortOrder: e.sortOrder,
    version: e.version,
    slippageDays: milestoneSlippageDays(e),
    state: milestoneState(e, today),
    dueDate: milestoneDueDate(e),
    measureId: e.measureId,
    modelProjectId: e.modelProjectId,
  };
}
