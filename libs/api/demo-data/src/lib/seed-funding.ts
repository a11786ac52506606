import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { addDays, addMonths, IsoDate, MeasureStatus, Phase, SeededRandom, splitShares } from '@masswerk/shared/domain';
import { DemoProject } from './content/types';

export interface SeededMeasure {
  id: string;
  phase: Phase;
  plannedStart: IsoDate;
  plannedEnd: IsoDate;
  status: MeasureStatus;
  flagship: boolean;
}

type Row = Record<string, unknown>;
export type InsertRows = (m: EntityManager, table: string, rows: Row[]) => Promise<void>;

const euros = (value: number) => BigInt(Math.round(value)) * 100n;
const minIso = (a: IsoDate, b: IsoDate) => (a < b ? a : b);
const maxIso = (a: IsoDate, b: IsoDate) => (a > b ? a : b);

/**
 * The money of a demo project: a grant per phase with the public figures, cost plans per measure × year × category
 * that use most of the eligible costs, expenditures up to "today" (a few above plan), half-yearly call-offs and the
 * proofs of use (one interim proof overdue, one due soon), so that the funders' views have something to say.
 */
export async function seedProjectFunding(
  m: EntityManager,
  insertRows: InsertRows,
  p: DemoProject,
  projectId: string,
  measures: SeededMeasure[],
  today: IsoDate,
): Promise<{ planEntries: number; expenditures: number }> {
  const random = new SeededRandom(`${p.code}-funding`);
  // grants are made under the programme of their project (the default programme for the demo projects)
  const [{ id: programmeId }] = await m.query(`SELECT funding_programme_id AS id FROM model_project WHERE id = $1`, [
    projectId,
  ]);
  const categories: { id: string; code: string }[] = await m.query(
    `SELECT id, code FROM cost_category ORDER BY sort_order`,
  );
  const rate = p.funding.rate * 100;
  const counts = { planEntries: 0, expenditures: 0 };

  for (const phase of [Phase.A, Phase.B]) {
    const schedule = phase === Phase.A ? p.phaseA : p.phaseB;
    if (!schedule) continue;
    const eligible = euros(phase === Phase.A ? p.funding.eligibleA : p.funding.eligibleB);
    const { federal } = splitShares(eligible, rate);
    const commitmentDate = addDays(schedule.actualStart ?? schedule.plannedStart, -random.int(20, 60));
    const grantId = randomUUID();
    await insertRows(m, '"grant"', [
      {
        id: grantId,
        model_project_id: projectId,
        programme_id: programmeId,
        phase,
        commitment_number: `KfW-436-${p.code}-${phase}-${commitmentDate.slice(0, 4)}/${random.int(1000, 9999)} (Demo)`,
        commitment_date: commitmentDate,
        period_start: schedule.plannedStart,
        period_end: schedule.plannedEnd,
        funding_rate_bp: rate,
        eligible_costs_cents: eligible.toString(),
        grant_amount_cents: federal.toString(),
        own_share_cents: (eligible - federal).toString(),
        notes: 'Demo-Daten: Beträge gerundet nach öffentlichen Angaben.',
      },
    ]);

    // Cost plans: the phase's measures share most of the eligible costs (Phase A: the part for first measures).
    const phaseMeasures = measures.filter((x) => x.phase === phase);
    const budget = Number(eligible / 100n) * (phase === Phase.A ? 0.72 : random.int(88, 97) / 100);
    const weights = phaseMeasures.map((x) => (x.flagship ? 3 : 1) * (0.6 + random.next()));
    const weightSum = weights.reduce((s, w) => s + w, 0) || 1;
    const planRows: Row[] = [];
    const spendRows: Row[] = [];
    phaseMeasures.forEach((measure, i) => {
      const measureBudget = (budget * weights[i]) / weightSum;
      const startYear = Number(measure.plannedStart.slice(0, 4));
      const endYear = Number(measure.plannedEnd.slice(0, 4));
      const years = Array.from({ length: endYear - startYear + 1 }, (_, k) => startYear + k);
      const chosen = [...categories].sort(() => random.next() - 0.5).slice(0, random.int(2, 3));
      const shares = chosen.map(() => 0.5 + random.next());
      const shareSum = shares.reduce((s, v) => s + v, 0);
      chosen.forEach((category, c) => {
        for (const year of years) {
          const planned = Math.round((measureBudget * shares[c]) / shareSum / years.length / 100) * 100;
          if (planned <= 0) continue;
          planRows.push({
            id: randomUUID(),
            model_project_id: projectId,
            measure_id: measure.id,
            year,
            cost_category_id: category.id,
            planned_cents: euros(planned).toString(),
          });
          // Spending follows the plan for past years, part of it for the current year, nothing before the start.
          const yearStart = `${year}-01-01`;
          if (yearStart > today || measure.status === MeasureStatus.IDEA || measure.status === MeasureStatus.PLANNING)
            continue;
          const yearEnd = minIso(`${year}-12-31`, today);
          const elapsed = year < Number(today.slice(0, 4)) ? 1 : Number(today.slice(5, 7)) / 12;
          const factor = elapsed * (random.chance(0.06) ? random.int(105, 125) / 100 : random.int(60, 100) / 100);
          let rest = Math.round(planned * factor * 100) / 100;
          const items = random.int(1, 3);
          for (let k = 0; k < items && rest > 0; k++) {
            const amount = k === items - 1 ? rest : Math.round(rest * (0.3 + random.next() * 0.4) * 100) / 100;
            rest = Math.round((rest - amount) * 100) / 100;
            const spentOn = maxIso(yearStart, addDays(yearEnd, -random.int(0, 300)));
            spendRows.push({
              id: randomUUID(),
              model_project_id: projectId,
              measure_id: measure.id,
              cost_category_id: category.id,
              spent_on: spentOn,
              amount_cents: BigInt(Math.round(amount * 100)).toString(),
              description: `${category.code === 'PERSONAL' ? 'Personalkosten' : 'Rechnung'} ${year}-${String(k + 1).padStart(2, '0')} (Demo)`,
              document_reference: `BEL-${p.code}-${year}-${random.int(10000, 99999)}`,
            });
          }
        }
      });
    });
    await insertRows(m, 'cost_plan_entry', planRows);
    await insertRows(m, 'expenditure', spendRows);
    counts.planEntries += planRows.length;
    counts.expenditures += spendRows.length;

    // Half-yearly call-offs of the federal share of what was spent; the latest one submitted, not yet paid.
    const callOffs: Row[] = [];
    let cursor = schedule.actualStart ?? schedule.plannedStart;
    while (cursor < today) {
      const periodEnd = minIso(addDays(addMonths(cursor, 6), -1), schedule.plannedEnd);
      const federalSpent = spendRows
        .filter((r) => (r['spent_on'] as string) >= cursor && (r['spent_on'] as string) <= periodEnd)
        .reduce((s, r) => s + splitShares(BigInt(r['amount_cents'] as string), rate).federal, 0n);
      if (federalSpent > 0n && addDays(periodEnd, 20) <= today) {
        callOffs.push({
          id: randomUUID(),
          model_project_id: projectId,
          grant_id: grantId,
          requested_on: addDays(periodEnd, random.int(5, 20)),
          amount_cents: federalSpent.toString(),
          period_start: cursor,
          period_end: periodEnd,
          status: 'PAID',
          paid_on: addDays(periodEnd, random.int(30, 60)),
          reference: `MA-${p.code}-${phase}-${callOffs.length + 1} (Demo)`,
        });
      }
      if (periodEnd >= schedule.plannedEnd) break;
      cursor = addDays(periodEnd, 1);
    }
    const latest = callOffs[callOffs.length - 1];
    if (latest && (latest['paid_on'] as string) > today) {
      latest['status'] = 'SUBMITTED';
      latest['paid_on'] = null;
    }
    await insertRows(m, 'call_off', callOffs);

    // Proofs: interim per finished budget year, the final one of a finished Phase A.
    const proofs: Row[] = [];
    for (
      let year = Number((schedule.actualStart ?? schedule.plannedStart).slice(0, 4));
      year < Number(today.slice(0, 4));
      year++
    ) {
      const periodStart = maxIso(`${year}-01-01`, schedule.actualStart ?? schedule.plannedStart);
      const periodEnd = minIso(`${year}-12-31`, schedule.plannedEnd);
      if (periodEnd < periodStart) continue;
      const lastYear = year === Number(today.slice(0, 4)) - 1;
      // St. Wendel has not yet filed last year's interim proof: the funder's view shows it as overdue.
      const submitted = !(lastYear && p.code === 'WND' && phase === Phase.B);
      proofs.push({
        id: randomUUID(),
        model_project_id: projectId,
        grant_id: grantId,
        kind: 'INTERIM',
        period_start: periodStart,
        period_end: periodEnd,
        submitted_on: submitted ? addMonths(`${year + 1}-01-15`, random.int(0, 2)) : null,
        notes: 'Zwischennachweis (Demo)',
      });
    }
    // (Not in the first three months of a year, when that period would not have begun.)
    if (phase === Phase.B && p.code === 'MYK' && addMonths(today, -3) >= `${today.slice(0, 4)}-01-01`) {
      // An interim proof of the current year agreed with the funder, due within the next weeks.
      proofs.push({
        id: randomUUID(),
        model_project_id: projectId,
        grant_id: grantId,
        kind: 'INTERIM',
        period_start: `${today.slice(0, 4)}-01-01`,
        period_end: addMonths(today, -3),
        submitted_on: null,
        notes: 'Zwischennachweis für das laufende Jahr, mit der KfW vereinbart (Demo)',
      });
    }
    if (phase === Phase.A && schedule.actualEnd && schedule.actualEnd < today) {
      proofs.push({
        id: randomUUID(),
        model_project_id: projectId,
        grant_id: grantId,
        kind: 'FINAL',
        period_start: schedule.actualStart ?? schedule.plannedStart,
        period_end: schedule.actualEnd,
        submitted_on: minIso(addMonths(schedule.actualEnd, 6), today),
        notes: 'Verwendungsnachweis Phase A mit Sachbericht und zahlenmäßigem Nachweis (Demo)',
      });
    }
    await insertRows(m, 'proof', proofs);
  }
  return counts;
}
