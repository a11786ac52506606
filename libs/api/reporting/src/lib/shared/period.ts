import { formatGermanDate, IsoDate, Phase } from '@masswerk/shared/domain';
import { DomainError } from '@masswerk/api/core';

/** The reporting period of an export; open ends mean "since the start" and "until today". */
export interface ReportPeriod {
  from: IsoDate | null;
  to: IsoDate | null;
}

/** A period whose start lies after its end is refused, naming both parameters. */
export function reportPeriod(from: IsoDate | undefined, to: IsoDate | undefined): ReportPeriod {
  if (from && to && from > to) {
    throw DomainError.badInput(
      'from',
      `Der Zeitraum ist ungültig: „from“ (${formatGermanDate(from)}) liegt nach „to“ (${formatGermanDate(to)}).`,
    );
  }
  return { from: from ?? null, to: to ?? null };
}

export function periodLabel({ from, to }: ReportPeriod): string {
  if (from && to) return `${formatGermanDate(from)} – ${formatGermanDate(to)}`;
  if (from) return `ab ${formatGermanDate(from)}`;
  if (to) return `bis ${formatGermanDate(to)}`;
  return 'gesamte Laufzeit';
}

/** For file names: `_2026-01-01_2026-12-31`, `_ab-2026-01-01`, or nothing. */
export function periodSuffix({ from, to }: ReportPeriod): string {
  if (from && to) return `_${from}_${to}`;
  if (from) return `_ab-${from}`;
  if (to) return `_bis-${to}`;
  return '';
}

export const PHASE_LABEL_DE: Record<Phase, string> = {
  [Phase.A]: 'Phase A (Strategiephase)',
  [Phase.B]: 'Phase B (Umsetzungsphase)',
};

export const yesNo = (value: boolean): string => (value ? 'ja' : 'nein');
