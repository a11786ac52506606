import { IsoDate } from '@masswerk/shared/domain';
import {
  CouncilBriefing,
  NarrativeIndicator,
  NarrativeMeasure,
  NarrativeReport,
  NarrativeStatusReport,
  narrativeMeasures,
  SqlRunner,
} from '@masswerk/api/reporting';

export interface SnapshotMilestone {
  id: string;
  title: string;
  baselineDate: IsoDate;
  forecastDate: IsoDate | null;
  completedOn: IsoDate | null;
}

export type SnapshotIndicator = NarrativeIndicator;

/**
 * A measure as it stood when its round closed: what the narrative report shows of it (status, progress and its source,
 * health and its reason, milestones reached and late, the latest reports of the period, goals, indicators, money), and
 * besides every milestone with its dates and the round's report.
 */
export interface RoundMeasureSnapshot extends NarrativeMeasure {
  milestones: SnapshotMilestone[];
  roundReport: NarrativeStatusReport | null;
  /** Who was asked for the report, by name. */
  responsible: string[];
}

/** What a closed round keeps besides its measures: the council briefing of the day and the grants, as they were. */
export interface FrozenRound {
  closedAt: string;
  briefing: CouncilBriefing;
  grants: NarrativeReport['grants'];
}

/** JSON for a frozen model: money (bigint) becomes `{ "$cents": "123" }` and comes back as bigint. */
export function freeze<T>(value: T): unknown {
  return JSON.parse(JSON.stringify(value, (_key, v) => (typeof v === 'bigint' ? { $cents: v.toString() } : v)));
}

export function thaw<T>(value: unknown): T {
  return JSON.parse(JSON.stringify(value), (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 1 && typeof v.$cents === 'string'
      ? BigInt(v.$cents)
      : v,
  ) as T;
}

/**
 * The status report a round counts for a measure: the latest one dated on or after the day the round opened (the day
 * the request went out), up to the day it closed. $1: round id, $2: last day counted.
 */
export const ROUND_REPORTS_SQL = `
  SELECT DISTINCT ON (rm.measure_id) rm.measure_id AS "measureId", r.id, r.report_date::text AS "reportDate",
         r.traffic_light AS "trafficLight", r.progress, r.achieved, r.next_steps AS "nextSteps", r.risks
    FROM reporting_round_measure rm
    JOIN reporting_round rr ON rr.id = rm.round_id
    JOIN status_report r ON r.measure_id = rm.measure_id AND r.report_date >= rr.opened_on AND r.report_date <= $2::date
   WHERE rm.round_id = $1
   ORDER BY rm.measure_id, r.report_date DESC, r.created_at DESC`;

/** The snapshots of a round's measures, read in set-based statements whatever their number. */
export async function roundSnapshots(
  db: SqlRunner,
  round: { id: string; modelProjectId: string; periodStart: IsoDate; periodEnd: IsoDate },
  closedOn: IsoDate,
): Promise<Map<string, Omit<RoundMeasureSnapshot, 'responsible'>>> {
  const [ids] = await db.query<{ ids: string[] }>(
    `SELECT coalesce(array_agg(measure_id), '{}') AS ids FROM reporting_round_measure
      WHERE round_id = $1 AND measure_id IS NOT NULL`,
    [round.id],
  );
  const base = await narrativeMeasures(db, {
    projectId: round.modelProjectId,
    phase: null,
    measureIds: ids.ids,
    today: closedOn,
    period: { from: round.periodStart, to: round.periodEnd },
  });
  const milestones = await db.query<SnapshotMilestone & { measureId: string }>(
    `SELECT ms.measure_id AS "measureId", ms.id, ms.title, ms.baseline_date::text AS "baselineDate",
            ms.forecast_date::text AS "forecastDate", ms.completed_on::text AS "completedOn"
       FROM milestone ms JOIN reporting_round_measure rm ON rm.measure_id = ms.measure_id AND rm.round_id = $1
      ORDER BY ms.sort_order, ms.baseline_date, ms.title`,
    [round.id],
  );
  const reports = await db.query<NarrativeStatusReport & { measureId: string; id: string }>(ROUND_REPORTS_SQL, [
    round.id,
    closedOn,
  ]);

  const grouped = <T extends { measureId: string }>(rows: T[]) => {
    const map = new Map<string, Omit<T, 'measureId'>[]>();
    for (const { measureId, ...row } of rows) {
      const list = map.get(measureId);
      if (list) list.push(row);
      else map.set(measureId, [row]);
    }
    return map;
  };
  const milestonesOf = grouped(milestones);
  const reportOf = new Map(
    reports.map(({ measureId, id: _id, ...r }) => [measureId, { ...r, progress: Number(r.progress) }]),
  );
  return new Map(
    base.map((m) => [
      m.id,
      {
        ...m,
        milestones: milestonesOf.get(m.id) ?? [],
        roundReport: reportOf.get(m.id) ?? null,
      },
    ]),
  );
}
