import { Health } from '@masswerk/shared/domain';
import { ReportingRound, ReportingRoundStatus, RoundMeasure, RoundMeasureState } from './dtos/reporting-round.dto';
import type { RoundMeasureView, RoundView } from './reporting-round.service';

export function toRound(round: RoundView, today: string): ReportingRound {
  const open = !round.closedOn;
  return {
    id: round.id,
    modelProjectId: round.modelProjectId,
    name: round.name,
    periodStart: round.periodStart,
    periodEnd: round.periodEnd,
    dueDate: round.dueDate,
    openedOn: round.openedOn,
    closedOn: round.closedOn,
    status: open ? ReportingRoundStatus.OPEN : ReportingRoundStatus.CLOSED,
    measureCount: round.measureCount,
    reportedCount: round.reportedCount,
    lateCount: open && today > round.dueDate ? round.measureCount - round.reportedCount : 0,
    version: round.version,
  };
}

function stateOf(reported: boolean, round: RoundView, today: string): RoundMeasureState {
  if (reported) return RoundMeasureState.REPORTED;
  const pastDue = (round.closedOn ?? today) > round.dueDate;
  return pastDue ? RoundMeasureState.LATE : RoundMeasureState.OUTSTANDING;
}

export function toRoundMeasure(view: RoundMeasureView, round: RoundView, today: string): RoundMeasure {
  const s = view.snapshot;
  if (s) {
    return {
      measureId: view.measureId,
      code: s.code,
      title: s.title,
      status: s.status,
      progress: s.progress,
      health: s.health as Health,
      healthReason: s.manualHealthReason ?? s.healthReason,
      responsible: s.responsible ?? [],
      state: stateOf(!!s.roundReport, round, today),
      report: s.roundReport,
      planned: BigInt(s.plannedCents),
      spent: BigInt(s.spentCents),
      milestones: s.milestones,
      indicators: s.indicators,
    };
  }
  const live = view.live;
  if (!live) throw new Error(`Round measure ${view.code} has neither a snapshot nor live figures`);
  return {
    measureId: view.measureId,
    code: view.code,
    title: live.title,
    status: live.status,
    progress: live.progress,
    health: live.health,
    healthReason: null,
    responsible: live.responsible,
    state: stateOf(!!live.report, round, today),
    report: live.report ? { ...live.report, progress: Number(live.report.progress) } : null,
    planned: null,
    spent: null,
    milestones: [],
    indicators: [],
  };
}
