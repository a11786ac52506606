import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import {
  addDays,
  addMonths,
  DEFAULT_PUBLIC_GROUPS,
  IsoDate,
  MeasureStatus,
  Phase,
  Priority,
  publicMeasure,
  TerritorialUnitKind,
  todayIn,
  TrafficLight,
  Transferability,
  SeededRandom,
} from '@masswerk/shared/domain';
import { dataSourceOptions } from '@masswerk/api/database';
import { hashPassword } from '@masswerk/api/identity';
import { REFRESH_MEASURE_METRICS_SQL } from '@masswerk/api/measure';
import { publicPageSource, publicSources } from '@masswerk/api/release';
import { CLUSTER, DEMO_PROJECTS } from './content/projects';
import { DemoMeasure, DemoProject, DemoUnit } from './content/types';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';
import { SeededMeasure, seedProjectFunding } from './seed-funding';

export interface SeedOptions {
  /** "Today" of the demo: report dates and statuses are placed relative to it. */
  today?: IsoDate;
  timeZone?: string;
}

export interface SeedResult {
  seeded: boolean;
  summary: string;
}

type Row = Record<string, unknown>;

/** Multi-row INSERT in chunks; values are bound, never spliced into SQL. */
async function insertRows(m: EntityManager, table: string, rows: Row[]): Promise<void> {
  if (!rows.length) return;
  const columns = Object.keys(rows[0]);
  for (let start = 0; start < rows.length; start += 500) {
    const chunk = rows.slice(start, start + 500);
    const params: unknown[] = [];
    const tuples = chunk.map((row) => `(${columns.map((c) => (params.push(row[c]), `$${params.length}`)).join(', ')})`);
    await m.query(
      `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${tuples.join(', ')}`,
      params,
    );
  }
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

const minIso = (a: IsoDate, b: IsoDate) => (a < b ? a : b);

/** The programme (and the last Phase B of the demo) ends with 2027: the demo plans and forecasts nothing later. */
export const DEMO_LAST_DAY: IsoDate = '2027-12-31';

/**
 * Serialises demo seeding ("Maßwerk seed"): instances that start together with DEMO_DATA on a new database would
 * otherwise all find no demo project and all write one, and all but one would fail on a unique key.
 */
export const SEED_LOCK = 0x4d57_5345;

/**
 * Loads the Südwest-Cluster demo data into a migrated database, once: when demo projects exist already, nothing is
 * written. Everything is written in one transaction, under a transaction-level advisory lock taken before the check,
 * so that of several instances starting together one seeds and the others find the demo data there.
 */
export async function seedDemoData(url: string, options: SeedOptions = {}): Promise<SeedResult> {
  const today = options.today ?? todayIn(options.timeZone ?? 'Europe/Berlin');
  const dataSource = new DataSource(dataSourceOptions(url, { extra: { max: 1 } }));
  await dataSource.initialize();
  try {
    const [{ present }] = await dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM model_project WHERE is_demo) AS present`,
    );
    if (present) return { seeded: false, summary: 'already present' };
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    return await dataSource.transaction(async (m) => {
      await m.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
      const [{ seeded }] = await m.query(`SELECT EXISTS (SELECT 1 FROM model_project WHERE is_demo) AS seeded`);
      if (seeded) return { seeded: false, summary: 'already present' };
      return new DemoSeeder(m, today, passwordHash).run();
    });
  } finally {
    await dataSource.destroy();
  }
}

class DemoSeeder {
  private readonly unitIds = new Map<string, string>();
  private readonly projectIds = new Map<string, string>();
  private readonly measureIds = new Map<string, string>();
  private readonly counts = { measures: 0, milestones: 0, reports: 0, users: 0, planEntries: 0, expenditures: 0 };

  constructor(
    private readonly m: EntityManager,
    private readonly today: IsoDate,
    private readonly passwordHash: string,
  ) {}

  async run(): Promise<SeedResult> {
    const clusterId = randomUUID();
    await insertRows(this.m, 'cluster', [{ id: clusterId, name: CLUSTER.name, description: CLUSTER.description }]);
    for (const project of DEMO_PROJECTS) await this.project(project, clusterId);
    await this.adoptions();
    await this.m.query(REFRESH_MEASURE_METRICS_SQL, [null]);
    await this.releases();
    await this.accounts();
    // the roll-ups kept by the database (decision 0076), as of the seed's day
    await this.m.query('SELECT rollup_rebuild($1::date)', [this.today]);
    return {
      seeded: true,
      summary: `${DEMO_PROJECTS.length} model projects, ${this.counts.measures} measures, ${this.counts.milestones} milestones, ${this.counts.reports} status reports, ${this.counts.planEntries} cost plan entries, ${this.counts.expenditures} expenditures, ${this.counts.users} demo accounts`,
    };
  }

  private async unit(unit: DemoUnit, parentId: string | null): Promise<string> {
    const key = unit.ars ?? unit.ags ?? unit.name;
    const known = this.unitIds.get(key);
    if (known) return known;
    const [existing] = await this.m.query(`SELECT id FROM territorial_unit WHERE ars = $1 OR ags = $2`, [
      unit.ars,
      unit.ags,
    ]);
    const id: string = existing?.id ?? randomUUID();
    if (!existing)
      await insertRows(this.m, 'territorial_unit', [
        { id, kind: unit.kind, name: unit.name, ars: unit.ars, ags: unit.ags, parent_id: parentId },
      ]);
    this.unitIds.set(key, id);
    this.unitIds.set(unit.name, id);
    return id;
  }

  private async project(p: DemoProject, clusterId: string): Promise<void> {
    const random = new SeededRandom(p.code);
    const landId = await this.unit(p.land, null);
    const kreisId = p.kreis ? await this.unit(p.kreis, landId) : null;
    const leadParent = p.lead.kind === TerritorialUnitKind.GEMEINDE ? null : landId;
    const leadId = await this.unit(p.lead, leadParent);
    const memberIds: string[] = [];
    for (const member of p.members) {
      const parent = member.kind === TerritorialUnitKind.VERBANDSGEMEINDE ? (kreisId ?? leadId) : (kreisId ?? leadId);
      memberIds.push(await this.unit(member, parent));
    }
    if (p.lead.kind === TerritorialUnitKind.GEMEINDE && memberIds[0]) {
      // Linz: the city lies within the Verbandsgemeinde of the same name.
      await this.m.query(`UPDATE territorial_unit SET parent_id = $1 WHERE id = $2`, [memberIds[0], leadId]);
    }

    const projectId = randomUUID();
    this.projectIds.set(p.code, projectId);
    await insertRows(this.m, 'model_project', [
      {
        id: projectId,
        code: p.code,
        name: p.name,
        cohort_year: p.cohortYear,
        lead_unit_id: leadId,
        cluster_id: clusterId,
        office_name: p.office.name,
        office_email: p.office.email,
        office_address: p.office.address,
        website_url: p.websiteUrl,
        budgetary_emergency: p.budgetaryEmergency,
        phase_a_planned_start: p.phaseA?.plannedStart ?? null,
        phase_a_planned_end: p.phaseA?.plannedEnd ?? null,
        phase_a_actual_start: p.phaseA?.actualStart ?? null,
        phase_a_actual_end: p.phaseA?.actualEnd ?? null,
        phase_b_planned_start: p.phaseB.plannedStart,
        phase_b_planned_end: p.phaseB.plannedEnd,
        phase_b_actual_start: p.phaseB.actualStart,
        phase_b_actual_end: p.phaseB.actualEnd,
        is_demo: true,
      },
    ]);
    await insertRows(
      this.m,
      'model_project_member',
      memberIds.map((id) => ({ model_project_id: projectId, territorial_unit_id: id })),
    );
    if (p.openData)
      await insertRows(this.m, 'project_open_data_settings', [
        {
          model_project_id: projectId,
          enabled: true,
          licence: p.openData.licence,
          contact_email: p.openData.contactEmail,
          first_enabled_at: new Date(),
        },
      ]);

    const strategyId = randomUUID();
    await insertRows(this.m, 'strategy', [{ id: strategyId, model_project_id: projectId, title: p.strategy.title }]);
    const draftDate = addMonths(p.strategy.adoptedOn, -6);
    await insertRows(this.m, 'strategy_version', [
      {
        id: randomUUID(),
        strategy_id: strategyId,
        model_project_id: projectId,
        version_number: 1,
        label: 'Entwurf zur Beteiligung',
        vision: p.strategy.vision,
        target_pictures: p.strategy.targetPictures.slice(0, 2),
        values: p.strategy.values,
        adopted_on: null,
        resolution_reference: null,
        accepted_by_funder_on: null,
        notes: `Entwurf vom ${draftDate} für die öffentliche Beteiligung (Demo).`,
      },
      {
        id: randomUUID(),
        strategy_id: strategyId,
        model_project_id: projectId,
        version_number: 2,
        label: 'Beschlossene Fassung',
        vision: p.strategy.vision,
        target_pictures: p.strategy.targetPictures,
        values: p.strategy.values,
        adopted_on: p.strategy.adoptedOn,
        resolution_reference: p.strategy.resolutionReference,
        accepted_by_funder_on: p.strategy.acceptedByFunderOn,
        notes: '',
      },
    ]);

    const fieldIds = new Map<string, string>();
    const goalIds = new Map<string, string[]>();
    const fieldRows: Row[] = [];
    const goalRows: Row[] = [];
    p.fields.forEach((f, i) => {
      const id = randomUUID();
      fieldIds.set(f.code, id);
      fieldRows.push({
        id,
        model_project_id: projectId,
        strategy_id: strategyId,
        code: f.code,
        name: f.name,
        description: f.description,
        sort_order: i + 1,
      });
      goalIds.set(f.code, []);
      f.goals.forEach((g, j) => {
        const goalId = randomUUID();
        goalIds.get(f.code)?.push(goalId);
        goalRows.push({
          id: goalId,
          model_project_id: projectId,
          field_of_action_id: id,
          code: g.code,
          title: g.title,
          description: '',
          sort_order: j + 1,
        });
      });
    });
    await insertRows(this.m, 'field_of_action', fieldRows);
    await insertRows(this.m, 'goal', goalRows);

    const rows = {
      measures: [] as Row[],
      fields: [] as Row[],
      goals: [] as Row[],
      units: [] as Row[],
      milestones: [] as Row[],
      reports: [] as Row[],
      indicators: [] as Row[],
      values: [] as Row[],
      audit: [] as Row[],
    };
    p.measures.forEach((measure, index) =>
      this.measure(p, projectId, measure, index, random, { fieldIds, goalIds, leadId }, rows),
    );
    await insertRows(this.m, 'measure', rows.measures);
    await insertRows(this.m, 'measure_field_of_action', rows.fields);
    await insertRows(this.m, 'measure_goal', rows.goals);
    await insertRows(this.m, 'measure_participating_unit', rows.units);
    await insertRows(this.m, 'milestone', rows.milestones);
    await insertRows(this.m, 'status_report', rows.reports);
    await insertRows(this.m, 'indicator', rows.indicators);
    await insertRows(this.m, 'indicator_value', rows.values);
    // Backdated so that "what changed since" has a believable history; ids follow time.
    rows['audit'].sort((a, b) => String(a['occurred_at']).localeCompare(String(b['occurred_at'])));
    await insertRows(this.m, 'audit_entry', rows.audit);
    const funding = await seedProjectFunding(
      this.m,
      insertRows,
      p,
      projectId,
      rows.measures.map(
        (r): SeededMeasure => ({
          id: r['id'] as string,
          phase: r['phase'] as Phase,
          plannedStart: r['planned_start'] as string,
          plannedEnd: r['planned_end'] as string,
          status: r['status'] as MeasureStatus,
          flagship: r['flagship'] as boolean,
        }),
      ),
      this.today,
    );
    this.counts.planEntries += funding.planEntries;
    this.counts.expenditures += funding.expenditures;
    this.counts.measures += rows.measures.length;
    this.counts.milestones += rows.milestones.length;
    this.counts.reports += rows.reports.length;
  }

  private measure(
    p: DemoProject,
    projectId: string,
    d: DemoMeasure,
    index: number,
    random: SeededRandom,
    ctx: { fieldIds: Map<string, string>; goalIds: Map<string, string[]>; leadId: string },
    rows: Record<string, Row[]>,
  ): void {
    const id = randomUUID();
    const code = `${p.code}-M${String(index + 1).padStart(2, '0')}`;
    this.measureIds.set(code, id);
    const phase = d.phase === Phase.A && p.phaseA ? p.phaseA : p.phaseB;
    const phaseStart = phase.plannedStart;
    const phaseEnd = phase.plannedEnd;
    const phaseMonths = Math.max(6, Math.round((Date.parse(phaseEnd) - Date.parse(phaseStart)) / (30.4 * 86_400_000)));
    const plannedStart = addMonths(phaseStart, random.int(0, Math.floor(phaseMonths * 0.35)));
    const plannedEnd = minIso(addMonths(plannedStart, random.int(10, 36)), phaseEnd);

    // Where the measure stands follows from its schedule, with the surprises real agendas have.
    let status: MeasureStatus;
    if (plannedStart > addDays(this.today, 60))
      status = random.weighted([
        [MeasureStatus.IDEA, 1],
        [MeasureStatus.PLANNING, 2],
      ]);
    else if (plannedEnd < this.today)
      status = random.weighted([
        [MeasureStatus.IMPLEMENTED, 5],
        [MeasureStatus.CONTINUED, 3],
        [MeasureStatus.IN_PROGRESS, 3],
        [MeasureStatus.STOPPED, 1],
      ]);
    else
      status = random.weighted([
        [MeasureStatus.IN_PROGRESS, 8],
        [MeasureStatus.PLANNING, 2],
      ]);
    const done = status === MeasureStatus.IMPLEMENTED || status === MeasureStatus.CONTINUED;
    const troubled = status === MeasureStatus.IN_PROGRESS && random.chance(0.35);

    const leadUnitId = this.unitIds.get(d.lead) ?? ctx.leadId;
    const actualStart =
      status === MeasureStatus.IDEA || status === MeasureStatus.PLANNING
        ? null
        : addDays(plannedStart, random.int(0, 60));
    const actualEnd = done ? minIso(addDays(plannedEnd, random.int(-30, 120)), this.today) : null;
    rows['measures'].push({
      id,
      model_project_id: projectId,
      code,
      title: d.title,
      summary: d.summary,
      description: `${d.summary}\n\nDiese Maßnahme ist Teil der Demo-Daten von Maßwerk und frei erfunden.`,
      lead_unit_id: leadUnitId,
      responsible_unit: d.responsibleUnit,
      contact_name: '',
      contact_email: p.office.email,
      partners: d.partners,
      priority: d.flagship
        ? Priority.HIGH
        : random.pick([Priority.HIGH, Priority.MEDIUM, Priority.MEDIUM, Priority.LOW]),
      flagship: !!d.flagship,
      phase: d.phase,
      strategy_work: !!d.strategyWork,
      planned_start: plannedStart,
      planned_end: plannedEnd,
      actual_start: actualStart,
      actual_end: actualEnd && actualStart && actualEnd < actualStart ? actualStart : actualEnd,
      status,
      oss_repository_url: d.software
        ? `https://gitlab.opencode.de/demo-${p.code.toLowerCase()}/${slug(d.title)}`
        : null,
      oss_licence: d.software ? 'EUPL-1.2' : null,
      oss_documentation_url: d.software ? `https://docs.example.org/${p.code.toLowerCase()}/${slug(d.title)}` : null,
      transferability: d.software
        ? random.pick([Transferability.HIGH, Transferability.MEDIUM])
        : random.pick(Object.values(Transferability)),
      transferability_notes: d.software
        ? 'Quelloffen (EUPL-1.2) auf openCode; Betrieb auch für andere Kommunen möglich.'
        : '',
      continuation_plan: done
        ? 'Betrieb und Weiterentwicklung aus dem Haushalt des Trägers nach Ende der Förderung (Demo).'
        : '',
      tags: [...new Set(d.tags.map((t) => t.toLowerCase()))].sort(),
      published: d.flagship || random.chance(0.6),
      manual_progress: null,
      manual_progress_reason: null,
      manual_health: troubled && random.chance(0.15) ? 'AT_RISK' : null,
      manual_health_reason: null,
    });
    const last = rows['measures'][rows['measures'].length - 1];
    if (last['manual_health'])
      last['manual_health_reason'] = 'Lieferverzug beim Auftragnehmer, Nachsteuerung in der Lenkungsgruppe (Demo).';

    for (const f of d.fields) {
      const fieldId = ctx.fieldIds.get(f);
      if (!fieldId) continue;
      rows['fields'].push({ measure_id: id, field_of_action_id: fieldId });
      const goals = ctx.goalIds.get(f) ?? [];
      if (goals.length) rows['goals'].push({ measure_id: id, goal_id: goals[index % goals.length] });
    }
    for (const name of d.participants) {
      const unitId = this.unitIds.get(name);
      if (unitId && unitId !== leadUnitId) rows['units'].push({ measure_id: id, territorial_unit_id: unitId });
    }

    // Milestones spread over the schedule: completed ones in the past (some late), open ones forecast (some slipped).
    // A measure past its planned end that is still in progress keeps its last milestones open, forecast later.
    const count = d.milestones.length;
    const span = Math.max(count, (Date.parse(plannedEnd) - Date.parse(plannedStart)) / 86_400_000);
    const late = status === MeasureStatus.IN_PROGRESS && plannedEnd < this.today;
    const canComplete = status === MeasureStatus.IN_PROGRESS || done;
    d.milestones.forEach((title, i) => {
      const baseline = addDays(plannedStart, Math.round(((i + 1) * span) / (count + 0.5)));
      let completedOn: IsoDate | null = null;
      let forecast: IsoDate | null = null;
      const keepOpen = late && i >= count - random.int(1, 2);
      if (status === MeasureStatus.STOPPED) {
        completedOn = i === 0 && baseline < this.today ? baseline : null;
      } else if (
        canComplete &&
        !keepOpen &&
        (done || baseline <= this.today) &&
        (done || !troubled || random.chance(0.5))
      ) {
        completedOn = minIso(
          addDays(
            baseline,
            random.weighted([
              [0, 4],
              [random.int(-20, 0), 2],
              [random.int(10, 90), 2],
            ]),
          ),
          this.today,
        );
      } else if (keepOpen) {
        forecast = minIso(addDays(this.today, random.int(20, 150)), DEMO_LAST_DAY);
      } else if (troubled || random.chance(0.2)) {
        forecast = minIso(addDays(baseline, random.int(30, 180)), DEMO_LAST_DAY);
      }
      rows['milestones'].push({
        id: randomUUID(),
        measure_id: id,
        model_project_id: projectId,
        title,
        description: '',
        baseline_date: baseline,
        forecast_date: completedOn ? null : forecast,
        completed_on: completedOn,
        weight: i === count - 1 ? 3 : random.int(1, 2),
        sort_order: i + 1,
      });
    });

    // Status reports: a mix of fresh, due, stale and missing, so the dashboards have something to say.
    if (status !== MeasureStatus.IDEA) {
      const latestAge =
        status === MeasureStatus.STOPPED || done
          ? random.int(60, 400)
          : random.weighted([
              [random.int(0, 30), 5],
              [random.int(31, 60), 2],
              [random.int(61, 180), 2],
              [random.int(181, 300), 1],
            ]);
      const hasReports = status !== MeasureStatus.PLANNING || random.chance(0.6);
      if (hasReports) {
        const reportCount = random.int(1, 5);
        for (let r = 0; r < reportCount; r++) {
          const reportDate = addDays(this.today, -(latestAge + r * random.int(60, 95)));
          if (reportDate < plannedStart) break;
          const drawn = troubled
            ? random.pick([TrafficLight.YELLOW, TrafficLight.RED])
            : random.weighted([
                [TrafficLight.GREEN, 6],
                [TrafficLight.YELLOW, 2],
                [TrafficLight.RED, 1],
              ]);
          // nobody reports green on a measure that has overrun its planned end
          const light = drawn === TrafficLight.GREEN && late && reportDate > plannedEnd ? TrafficLight.YELLOW : drawn;
          // the reporter's figure is close to what the milestones said on that day: within 5 points of it
          const drawnProgress = (done ? 100 : random.int(20, 80)) - r * random.int(5, 15);
          const progress = Math.max(
            0,
            Math.min(
              100,
              done ? drawnProgress : milestoneShareOn(rows['milestones'], id, reportDate) + (drawnProgress % 11) - 5,
            ),
          );
          rows['reports'].push({
            id: randomUUID(),
            measure_id: id,
            model_project_id: projectId,
            report_date: reportDate,
            traffic_light: light,
            progress,
            achieved:
              r === 0
                ? `${d.milestones[Math.min(count - 1, 1)]}: Arbeiten planmäßig weitergeführt (Demo).`
                : 'Abstimmungen mit den Beteiligten geführt (Demo).',
            next_steps: done
              ? 'Übergabe in den Regelbetrieb.'
              : `Nächster Schritt: ${d.milestones[Math.min(count - 1, 2)]}.`,
            risks:
              drawn === TrafficLight.GREEN
                ? light === TrafficLight.GREEN
                  ? ''
                  : 'Geplantes Ende überschritten, der Abschluss verzögert sich (Demo).'
                : random.pick([
                    'Personalengpass im Fachbereich (Demo).',
                    'Verzögerte Lieferung durch Auftragnehmer (Demo).',
                    'Abstimmung mit dem Datenschutz dauert an (Demo).',
                  ]),
          });
          const report = rows['reports'][rows['reports'].length - 1];
          rows['audit'].push({
            occurred_at: `${reportDate}T09:30:00Z`,
            actor_user_id: null,
            actor_name: 'Demo-Import',
            model_project_id: projectId,
            measure_id: id,
            entity_type: 'StatusReport',
            entity_id: report['id'],
            action: 'CREATE',
            before: null,
            after: JSON.stringify({ reportDate, trafficLight: light, progress }),
          });
        }
      }
    }

    if (d.indicator) {
      const indicatorId = randomUUID();
      rows['indicators'].push({
        id: indicatorId,
        measure_id: id,
        model_project_id: projectId,
        name: d.indicator.name,
        unit: d.indicator.unit,
        description: '',
        baseline_value: d.indicator.baseline,
        target_value: d.indicator.target,
        target_date: plannedEnd,
        sort_order: 1,
      });
      if (actualStart && actualStart < this.today) {
        for (let q = 1; q <= 4; q++) {
          const measuredOn = addMonths(actualStart, q * 6);
          if (measuredOn > this.today) break;
          const share = Math.min(1, (q * 0.2 + random.next() * 0.1) * (troubled ? 0.6 : 1));
          const value = Math.round(d.indicator.baseline + (d.indicator.target - d.indicator.baseline) * share);
          rows['values'].push({
            id: randomUUID(),
            indicator_id: indicatorId,
            model_project_id: projectId,
            measured_on: measuredOn,
            value,
            note: '',
          });
        }
      }
    }

    rows['audit'].push({
      occurred_at: `${phaseStart}T08:00:00Z`,
      actor_user_id: null,
      actor_name: 'Demo-Import',
      model_project_id: projectId,
      measure_id: id,
      entity_type: 'Measure',
      entity_id: id,
      action: 'CREATE',
      before: null,
      after: JSON.stringify({ code, title: d.title, status }),
    });
  }

  /** Transfer between cluster partners: flagship software measures adopted by neighbours. */
  /**
   * The projects that publish open data have released the public versions of their published measures (decision
   * 0070), with the default groups, and their project pages (decision 0075), so that the public site and the open data
   * show something after the start.
   */
  private async releases(): Promise<void> {
    for (const p of DEMO_PROJECTS.filter((project) => project.openData)) {
      const projectId = this.projectIds.get(p.code) as string;
      const rows: { id: string }[] = await this.m.query(
        `SELECT id FROM measure WHERE model_project_id = $1 AND published ORDER BY code`,
        [projectId],
      );
      const sources = await publicSources(
        this.m,
        projectId,
        rows.map((r) => r.id),
        this.today,
      );
      const released = [...sources].map(([measureId, source]) => ({
        measureId,
        content: publicMeasure(source, DEFAULT_PUBLIC_GROUPS),
      }));
      await insertRows(
        this.m,
        'measure_release',
        released.map((r) => ({ model_project_id: projectId, measure_id: r.measureId, content: r.content })),
      );
      await insertRows(
        this.m,
        'public_change',
        released.map((r) => ({
          model_project_id: projectId,
          measure_code: r.content.code,
          measure_title: r.content.title,
          action: 'RELEASED',
        })),
      );
      const page = await publicPageSource(this.m, projectId);
      if (page) {
        await insertRows(this.m, 'project_release', [{ model_project_id: projectId, content: page }]);
        await insertRows(this.m, 'public_change', [
          {
            model_project_id: projectId,
            subject: 'PROJECT_PAGE',
            measure_code: '',
            measure_title: '',
            action: 'RELEASED',
          },
        ]);
      }
    }
  }

  private async adoptions(): Promise<void> {
    const adopters: [string, string][] = [
      ['WND-M01', 'Landkreis Kusel'],
      ['EIF-M01', 'Landkreis Mayen-Koblenz'],
      ['EIF-M01', 'Landkreis St. Wendel'],
    ];
    const rows = adopters
      .map(([code, unit]) => ({ measure_id: this.measureIds.get(code), territorial_unit_id: this.unitIds.get(unit) }))
      .filter((r) => r.measure_id && r.territorial_unit_id);
    await insertRows(this.m, 'measure_adopter', rows);
  }

  private async accounts(): Promise<void> {
    for (const account of DEMO_ACCOUNTS) {
      const userId = randomUUID();
      await insertRows(this.m, 'app_user', [
        {
          id: userId,
          email: account.email,
          display_name: account.displayName,
          password_hash: this.passwordHash,
          is_platform_admin: !!account.platformAdmin,
          is_demo: true,
        },
      ]);
      await insertRows(
        this.m,
        'membership',
        account.memberships.map((ms) => ({
          id: randomUUID(),
          user_id: userId,
          model_project_id: this.projectIds.get(ms.project),
          role: ms.role,
          territorial_unit_id: ms.unit ? (this.unitIds.get(ms.unit) ?? null) : null,
        })),
      );
      if (account.assigned) {
        const { project, numbers } = account.assigned;
        await insertRows(
          this.m,
          'measure_assignee',
          numbers
            .map((n) => this.measureIds.get(`${project}-M${String(n).padStart(2, '0')}`))
            .filter((measureId): measureId is string => !!measureId)
            .map((measureId) => ({ measure_id: measureId, user_id: userId })),
        );
      }
      this.counts.users += 1;
    }
  }
}

/** The share of the measure's milestone weight reached by `day`, in whole percent (what a reporter would say). */
function milestoneShareOn(milestones: Row[], measureId: string, day: IsoDate): number {
  let total = 0;
  let reached = 0;
  for (const m of milestones) {
    if (m['measure_id'] !== measureId) continue;
    const weight = m['weight'] as number;
    total += weight;
    const completedOn = m['completed_on'] as IsoDate | null;
    if (completedOn && completedOn <= day) reached += weight;
  }
  return total ? Math.round((100 * reached) / total) : 0;
}
