import { AbstractControl, FormControl, FormGroup, ValidationErrors, Validators } from '@angular/forms';
import type { MeasureDetail } from '@masswerk/dashboard/measures/data-access';
import type { CreateMilestoneInput, UpdateMilestoneInput } from '@masswerk/dashboard/shared/data-access';

type Milestone = MeasureDetail['milestones'][number];

/**
 * The plan of a milestone as the project office edits it on the measure page: title, baseline, forecast and weight.
 * Pure functions, so that what is sent for what was typed is tested field by field.
 */
export interface MilestonePlanValues {
  title: string;
  description: string;
  baselineDate: string | null;
  forecastDate: string | null;
  weight: number | null;
}

/** A whole number from 0 to 100, as the API allows for a weight. */
function wholeWeight(control: AbstractControl<number | null>): ValidationErrors | null {
  const v = control.value;
  return v === null || (Number.isInteger(v) && v >= 0 && v <= 100) ? null : { weight: true };
}

/** The form with the API's limits (title 300, description 5000 characters, weight 0–100). */
export function milestonePlanForm() {
  return new FormGroup({
    title: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(300), Validators.pattern(/\S/)],
    }),
    description: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(5000)] }),
    baselineDate: new FormControl<string | null>(null, { validators: [Validators.required] }),
    forecastDate: new FormControl<string | null>(null),
    weight: new FormControl<number | null>(1, { validators: [Validators.required, wholeWeight] }),
  });
}

/** The form's values for an existing milestone, or for a new one (weight 1). */
export function toMilestonePlanValues(milestone: Milestone | null): MilestonePlanValues {
  return {
    title: milestone?.title ?? '',
    description: milestone?.description ?? '',
    baselineDate: milestone?.baselineDate ?? null,
    forecastDate: milestone?.forecastDate ?? null,
    weight: milestone?.weight ?? 1,
  };
}

/** A new milestone, placed after the last one. */
export function toCreateMilestoneInput(
  measureId: string,
  v: MilestonePlanValues,
  milestones: readonly Pick<Milestone, 'sortOrder'>[],
): CreateMilestoneInput {
  const last = milestones.reduce((max, m) => Math.max(max, m.sortOrder), 0);
  return {
    measureId,
    title: v.title.trim(),
    description: v.description.trim(),
    baselineDate: v.baselineDate ?? '',
    forecastDate: v.forecastDate || null,
    weight: v.weight ?? 1,
    sortOrder: milestones.length ? last + 1 : 1,
  };
}

/**
 * What changed of an existing milestone: the plan fields for `updateMilestone` (only those typed differently) and
 * the forecast for `reportMilestone` (undefined when unchanged), which the API keeps apart because editors set it too.
 */
export function toMilestoneChanges(
  milestone: Milestone,
  v: MilestonePlanValues,
): { plan: Omit<UpdateMilestoneInput, 'id' | 'version'> | null; forecastDate: string | null | undefined } {
  const plan: Omit<UpdateMilestoneInput, 'id' | 'version'> = {};
  if (v.title.trim() !== milestone.title) plan.title = v.title.trim();
  if (v.description.trim() !== milestone.description) plan.description = v.description.trim();
  if (v.baselineDate && v.baselineDate !== milestone.baselineDate) plan.baselineDate = v.baselineDate;
  if (v.weight !== null && v.weight !== milestone.weight) plan.weight = v.weight;
  const forecast = v.forecastDate || null;
  return {
    plan: Object.keys(plan).length ? plan : null,
    forecastDate: forecast !== (milestone.forecastDate ?? null) ? forecast : undefined,
  };
}

/**
 * Moves the milestone at `index` one place up (-1) or down (+1) and numbers the list 1, 2, 3 … anew. Returns the
 * milestones whose `sortOrder` must change (often all when they never had one), or [] when it cannot move.
 */
export function reorderMilestones<M extends Pick<Milestone, 'id' | 'version' | 'sortOrder'>>(
  milestones: readonly M[],
  index: number,
  direction: -1 | 1,
): { id: string; version: number; sortOrder: number }[] {
  const target = index + direction;
  if (index < 0 || index >= milestones.length || target < 0 || target >= milestones.length) return [];
  const order = [...milestones];
  [order[index], order[target]] = [order[target], order[index]];
  return order
    .map((m, i) => ({ id: m.id, version: m.version, sortOrder: i + 1, before: m.sortOrder }))
    .filter((m) => m.sortOrder !== m.before)
    .map(({ id, version, sortOrder }) => ({ id, version, sortOrder }));
}
