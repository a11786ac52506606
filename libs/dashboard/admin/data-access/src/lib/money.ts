import { cents } from '@masswerk/dashboard/funding/data-access';
import { moneyToString, percentToBasisPoints, splitShares } from '@masswerk/shared/domain';

/**
 * Grant and own share of the eligible costs at a funding rate, rounded exactly as the API does when they are left
 * out (federal share half up to the cent, the own share is the rest).
 */
export function sharesAtRate(eligibleCosts: string, ratePercent: number): { grantAmount: string; ownShare: string } {
  const split = splitShares(cents(eligibleCosts), percentToBasisPoints(ratePercent));
  return { grantAmount: moneyToString(split.federal), ownShare: moneyToString(split.own) };
}

/** What is wrong with grant, own share and eligible costs together, as the API checks them; null when consistent. */
export function grantSharesProblem(
  eligibleCosts: string,
  grantAmount: string | null,
  ownShare: string | null,
): 'grantExceedsCosts' | 'sharesDoNotAddUp' | null {
  const eligible = cents(eligibleCosts);
  if (grantAmount !== null && cents(grantAmount) > eligible) return 'grantExceedsCosts';
  if (grantAmount !== null && ownShare !== null && cents(grantAmount) + cents(ownShare) !== eligible)
    return 'sharesDoNotAddUp';
  return null;
}
