import type { CreateGrantInput, Phase, UpdateGrantInput } from '@masswerk/dashboard/shared/data-access';
import { parseEuroInput, parsePercentInput } from '@masswerk/dashboard/shared/util';
import type { GrantView } from './admin.api';
import { trimmed } from './form-text';

// The grants tab: the grants (Zusagen) of phases A and B.

export interface GrantValues {
  commitmentNumber: string;
  commitmentDate: string;
  eligibleCosts: string;
  fundingRate: string;
  grantAmount: string;
  ownShare: string;
  periodStart: string;
  periodEnd: string;
  notes: string;
}

/** The fields of a grant as the API takes them, read from what was typed (amounts in the given language). */
export function grantFields(v: GrantValues, language: string) {
  return {
    commitmentNumber: trimmed(v.commitmentNumber),
    commitmentDate: v.commitmentDate || null,
    eligibleCosts: parseEuroInput(v.eligibleCosts, language) ?? '0.00',
    fundingRate: parsePercentInput(v.fundingRate),
    grantAmount: parseEuroInput(v.grantAmount, language),
    ownShare: parseEuroInput(v.ownShare, language),
    periodStart: v.periodStart || null,
    periodEnd: v.periodEnd || null,
    notes: trimmed(v.notes),
  };
}

/** A new grant: rate, grant amount and own share are left to the API's defaults when empty. */
export function createGrantInput(
  modelProjectId: string,
  phase: Phase,
  v: GrantValues,
  language: string,
): CreateGrantInput {
  const { fundingRate, grantAmount, ownShare, ...rest } = grantFields(v, language);
  return {
    modelProjectId,
    phase,
    ...rest,
    ...(fundingRate !== null && { fundingRate }),
    ...(grantAmount !== null && { grantAmount }),
    ...(ownShare !== null && { ownShare }),
  };
}

/** A change of a grant: every field, so that the grant is what the form shows. */
export function updateGrantInput(grant: Pick<GrantView, 'id' | 'version'>, v: GrantValues, language: string) {
  const { fundingRate, grantAmount, ownShare, ...rest } = grantFields(v, language);
  const input: UpdateGrantInput = { id: grant.id, version: grant.version, ...rest };
  if (fundingRate !== null) input.fundingRate = fundingRate;
  if (grantAmount !== null) input.grantAmount = grantAmount;
  if (ownShare !== null) input.ownShare = ownShare;
  return input;
}
