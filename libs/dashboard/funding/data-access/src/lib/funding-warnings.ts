import { FundingWarningCode } from '@masswerk/dashboard/shared/data-access';
import { formatDate, formatMoney, UiLanguage } from '@masswerk/dashboard/shared/util';
import { FundingWarningView } from './funding.api';

/** Every warning the API can give; the compiler insists the list is complete. Each has a `funding.warning.*` text. */
const CODES: Record<FundingWarningCode, true> = {
  CALLED_OFF_EXCEEDS_SPENT: true,
  CATEGORY_OVERSPENT: true,
  GRANT_EXCEEDS_PHASE_CAP: true,
  GRANT_EXCEEDS_RATE: true,
  GRANT_INCONSISTENT: true,
  PHASE_A_MEASURES_CAP_EXCEEDED: true,
  PHASE_CAP_EXCEEDED: true,
  PLAN_EXCEEDS_GRANT: true,
  PROOF_DUE_SOON: true,
  PROOF_OVERDUE: true,
};
export const FUNDING_WARNING_CODES = Object.keys(CODES) as FundingWarningCode[];

/** Translation key of a warning; the API's German message is the fallback for a code the dashboard does not know. */
export function warningKey(w: Pick<FundingWarningView, 'code'>): string | null {
  return w.code in CODES ? `funding.warning.${w.code}` : null;
}

/** The values a warning's text names, formatted for the language. */
export function warningParams(w: FundingWarningView, language: UiLanguage): Record<string, string> {
  return {
    phase: w.phase ?? '',
    measure: w.measureCode ?? '',
    value: formatMoney(w.value, language),
    limit: formatMoney(w.limit, language),
    date: formatDate(w.dueDate, language),
  };
}
