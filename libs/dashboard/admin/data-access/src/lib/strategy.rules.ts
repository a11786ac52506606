import type { AddStrategyVersionInput, UpdateStrategyVersionInput } from '@masswerk/dashboard/shared/data-access';
import type { StrategyVersionView } from './admin.api';
import { lines, orNull, trimmed } from './form-text';

// The strategy tab: the versions (Fassungen) of the smart-city strategy.

export interface StrategyVersionValues {
  label: string;
  adoptedOn: string;
  resolutionReference: string;
  acceptedByFunderOn: string;
  vision: string;
  targetPictures: string;
  values: string;
  notes: string;
}

export function strategyVersionValues(v: StrategyVersionView | null): StrategyVersionValues {
  return {
    label: v?.label ?? '',
    adoptedOn: v?.adoptedOn ?? '',
    resolutionReference: v?.resolutionReference ?? '',
    acceptedByFunderOn: v?.acceptedByFunderOn ?? '',
    vision: v?.vision ?? '',
    targetPictures: (v?.targetPictures ?? []).join('\n'),
    values: (v?.values ?? []).join('\n'),
    notes: v?.notes ?? '',
  };
}

/** Every field of the form; empty dates and reference are sent as null so that clearing them clears them. */
export function strategyVersionFields(v: StrategyVersionValues) {
  return {
    label: trimmed(v.label),
    adoptedOn: v.adoptedOn || null,
    resolutionReference: orNull(v.resolutionReference),
    acceptedByFunderOn: v.acceptedByFunderOn || null,
    vision: trimmed(v.vision),
    targetPictures: lines(v.targetPictures),
    values: lines(v.values),
    notes: trimmed(v.notes),
  } satisfies Omit<AddStrategyVersionInput, 'strategyId'> & Omit<UpdateStrategyVersionInput, 'id' | 'version'>;
}
