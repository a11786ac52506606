import type { CreateMeasureInput, Phase, Priority } from '@masswerk/dashboard/shared/data-access';
import type { FieldOfActionView } from './admin.api';
import { trimmed } from './form-text';

// The measures tab: creating a measure.

export interface NewMeasureValues {
  code: string;
  title: string;
  phase: Phase;
  fieldOfActionIds: string[];
  goalIds: string[];
  leadUnitId: string;
  plannedStart: string;
  plannedEnd: string;
  priority: Priority;
  flagship: boolean;
  published: boolean;
  /** Phase A strategy work; only sent for Phase A (the API refuses it for Phase B). */
  strategyWork: boolean;
}

/** The pattern of a measure code within a project, e.g. EIF-M07 (the API assigns one when left empty). */
export function measureCodePattern(projectCode: string): RegExp {
  return new RegExp(`^${projectCode.replace(/[^A-Z0-9]/gi, '')}-M\\d{2,4}$`);
}

/**
 * The new measure. A measure that serves a goal serves its field of action too, so the fields of the chosen goals
 * are added; empty optional values are left out.
 */
export function createMeasureInput(
  modelProjectId: string,
  v: NewMeasureValues,
  fields: readonly Pick<FieldOfActionView, 'id' | 'goals'>[],
): CreateMeasureInput {
  const goalFields = fields.filter((f) => f.goals.some((g) => v.goalIds.includes(g.id))).map((f) => f.id);
  const input: CreateMeasureInput = {
    modelProjectId,
    title: trimmed(v.title),
    phase: v.phase,
    priority: v.priority,
    flagship: v.flagship,
    published: v.published,
    fieldOfActionIds: [...new Set([...v.fieldOfActionIds, ...goalFields])],
    goalIds: [...v.goalIds],
  };
  if (v.phase === 'A' && v.strategyWork) input.strategyWork = true;
  if (trimmed(v.code)) input.code = trimmed(v.code).toUpperCase();
  if (v.leadUnitId) input.leadUnitId = v.leadUnitId;
  if (v.plannedStart) input.plannedStart = v.plannedStart;
  if (v.plannedEnd) input.plannedEnd = v.plannedEnd;
  return input;
}
