import type { EntityManager } from 'typeorm';
import { Actor, ErrorReason, formatEuroDe, formatGermanDate, IsoDate } from '@masswerk/shared/domain';
import { definedOnly, DomainError, FieldProblem, httpProblemOf, inputProblems } from '@masswerk/api/core';
import { CostService, SetCostPlanEntryInput } from '@masswerk/api/funding';
import {
  CreateMeasureInput,
  CreateMilestoneInput,
  MeasureCommandService,
  MilestoneService,
  ReportMilestoneInput,
  UpdateMeasureInput,
  UpdateMeasureProgressInput,
  UpdateMilestoneInput,
} from '@masswerk/api/measure';
import {
  COST_PLAN_COLUMNS,
  GOALS_COLUMN,
  IMPORTABLE_MEASURE_KEYS,
  ImportableMeasureKey,
  MeasureState,
  MILESTONE_COLUMNS,
  ProjectLookups,
  SHEETS,
  VERSION_COLUMN,
} from '@masswerk/api/reporting';
import { StrategyService } from '@masswerk/api/strategy';
import { CellErrorCode } from './import.errors';
import { ImportChange, ImportRowResult, RowOutcome } from './import-result';
import { normalName } from './parsing/german-values';
import type { RowIssue } from './rows/cells';
import { MEASURE_TITLE, MeasurePlan, MeasureRowInput, storedComparable, storedGoals } from './rows/measure-rows';
import type { CostRowInput, MilestoneRowInput } from './rows/part-rows';

export interface RunContext {
  manager: EntityManager;
  actor: Actor;
  projectId: string;
  states: MeasureState[];
  lookups: ProjectLookups;
  today: IsoDate;
}

export interface RunServices {
  measures: MeasureCommandService;
  milestones: MilestoneService;
  costs: CostService;
  strategy: StrategyService;
}

/** The column of the measure sheet an input field of the measure services stands in. */
const MEASURE_FIELD_COLUMN: Record<string, string> = {
  code: MEASURE_TITLE.identifier,
  title: MEASURE_TITLE.title,
  summary: MEASURE_TITLE.summary,
  fieldOfActionIds: MEASURE_TITLE.fieldsOfAction,
  goalIds: GOALS_COLUMN,
  leadUnitId: MEASURE_TITLE.municipalities,
  participatingUnitIds: MEASURE_TITLE.municipalities,
  responsibleUnit: MEASURE_TITLE.contact,
  contactName: MEASURE_TITLE.contact,
  contactEmail: MEASURE_TITLE.contact,
  flagship: MEASURE_TITLE.flagship,
  phase: MEASURE_TITLE.phase,
  strategyWork: MEASURE_TITLE.phase,
  status: MEASURE_TITLE.status,
  plannedStart: MEASURE_TITLE.plannedStart,
  plannedEnd: MEASURE_TITLE.plannedEnd,
  actualStart: MEASURE_TITLE.actualStart,
  actualEnd: MEASURE_TITLE.actualEnd,
  ossRepositoryUrl: MEASURE_TITLE.openSourceRepository,
  ossLicence: MEASURE_TITLE.licence,
  ossDocumentationUrl: MEASURE_TITLE.documentation,
  transferability: MEASURE_TITLE.transferability,
  adopterUnitIds: MEASURE_TITLE.adoptedBy,
  tags: MEASURE_TITLE.keywords,
  published: MEASURE_TITLE.published,
};

const MILESTONE_FIELD_COLUMN: Record<string, string> = {
  measureId: MILESTONE_COLUMNS.code,
  id: MILESTONE_COLUMNS.id,
  title: MILESTONE_COLUMNS.title,
  baselineDate: MILESTONE_COLUMNS.baselineDate,
  forecastDate: MILESTONE_COLUMNS.forecastDate,
  completedOn: MILESTONE_COLUMNS.completedOn,
  weight: MILESTONE_COLUMNS.weight,
};

const COST_FIELD_COLUMN: Record<string, string> = {
  measureId: COST_PLAN_COLUMNS.code,
  year: COST_PLAN_COLUMNS.year,
  costCategoryId: COST_PLAN_COLUMNS.category,
  planned: COST_PLAN_COLUMNS.planned,
};

/** What a measure of this file became: its id once it exists, and the outcome of its row. */
interface FileMeasure {
  id: string | null;
  row: number;
  outcome: RowOutcome;
}

const PROGRESS_KEYS = new Set<ImportableMeasureKey>(['status', 'actualStart', 'actualEnd']);
const emptyToNull = (text: string) => (text === '' ? null : text);

/**
 * One import in its transaction: compares each row with the project's current state and writes new and changed rows
 * through the domain services, each row under a savepoint, so that a row a rule refuses is reported (and undone)
 * while the others are still checked. What the rows became is collected in `results`.
 */
export class ImportRun {
  readonly results: ImportRowResult[] = [];
  private readonly byCode: Map<string, MeasureState>;
  private readonly fileMeasures = new Map<string, FileMeasure>();
  /** Fields of action this import created, by normalised name. */
  private readonly createdFields = new Map<string, string>();

  constructor(
    private readonly ctx: RunContext,
    private readonly services: RunServices,
  ) {
    this.byCode = new Map(ctx.states.map((s) => [s.record.identifier, s]));
  }

  // ---- measures ----

  async measures(rows: MeasureRowInput[]): Promise<void> {
    for (const r of rows) {
      const state = r.code ? this.byCode.get(r.code) : undefined;
      const result = this.result(SHEETS.measures, r.row, r.code, r.title || state?.record.title || '', r.issues);
      let id = state?.id ?? null;
      if (result.outcome !== 'REFUSED') {
        if (!state) id = await this.createMeasure(r, result);
        else await this.updateMeasure(r, state, result);
      }
      if (result.code) this.fileMeasures.set(result.code, { id, row: r.row, outcome: result.outcome });
    }
  }

  /** Creates the measure of a row; its id, or null when the row was refused. */
  private async createMeasure(r: MeasureRowInput, result: ImportRowResult): Promise<string | null> {
    result.outcome = 'NEW';
    result.changes = IMPORTABLE_MEASURE_KEYS.flatMap((key) => {
      const after = r.compare[key]?.display;
      return after ? [{ column: MEASURE_TITLE[key], before: null, after }] : [];
    });
    if (r.goals?.display) result.changes.push({ column: GOALS_COLUMN, before: null, after: r.goals.display });
    if (!r.plan.phase) {
      this.refuse(
        result,
        MEASURE_TITLE.phase,
        CellErrorCode.REQUIRED,
        'Die Angabe fehlt (Pflichtfeld für eine neue Maßnahme).',
      );
      return null;
    }
    if (!r.plan.title) {
      this.refuse(result, MEASURE_TITLE.title, CellErrorCode.REQUIRED, 'Die Angabe fehlt (Pflichtfeld).');
      return null;
    }
    const p = r.plan;
    let id: string | null = null;
    await this.attempt(result, MEASURE_FIELD_COLUMN, async () => {
      const fieldOfActionIds = p.fieldsOfAction ? await this.fieldIds(p.fieldsOfAction) : undefined;
      const input = definedOnly({
        modelProjectId: this.ctx.projectId,
        code: r.code ?? undefined,
        title: p.title,
        phase: p.phase,
        ...this.planFields(p, IMPORTABLE_MEASURE_KEYS),
        fieldOfActionIds,
        goalIds: p.goals ? await this.goalIds(p.goals, fieldOfActionIds ?? []) : undefined,
        status: p.status,
      }) as CreateMeasureInput;
      await this.valid(CreateMeasureInput, input);
      const created = await this.services.measures.createIn(this.ctx.manager, this.ctx.actor, input);
      result.code = created.code;
      id = created.id;
      if (p.actualStart || p.actualEnd) {
        const progress = definedOnly({
          id: created.id,
          version: created.version,
          actualStart: p.actualStart,
          actualEnd: p.actualEnd,
        });
        await this.valid(UpdateMeasureProgressInput, progress);
        await this.services.measures.updateProgressIn(
          this.ctx.manager,
          this.ctx.actor,
          progress as UpdateMeasureProgressInput,
        );
      }
    });
    if (result.outcome !== 'NEW') {
      // undone by its savepoint: the code it was given does not exist
      result.code = r.code;
      return null;
    }
    return id;
  }

  private async updateMeasure(r: MeasureRowInput, state: MeasureState, result: ImportRowResult): Promise<void> {
    const changed: ImportableMeasureKey[] = [];
    for (const key of IMPORTABLE_MEASURE_KEYS) {
      const row = r.compare[key];
      if (!row) continue;
      const stored = storedComparable(state.record, key);
      if (stored.key === row.key) continue;
      changed.push(key);
      result.changes.push({
        column: MEASURE_TITLE[key],
        before: emptyToNull(stored.display),
        after: emptyToNull(row.display),
      });
    }
    let goalsChanged = false;
    if (r.goals) {
      const stored = storedGoals(state.goals);
      if (stored.key !== r.goals.key) {
        goalsChanged = true;
        result.changes.push({
          column: GOALS_COLUMN,
          before: emptyToNull(stored.display),
          after: emptyToNull(r.goals.display),
        });
      }
    }
    if (this.conflicts(r.token, state, result)) return;
    if (!changed.length && !goalsChanged) {
      result.outcome = 'UNCHANGED';
      return;
    }
    result.outcome = 'CHANGED';
    const p = r.plan;
    await this.attempt(result, MEASURE_FIELD_COLUMN, async () => {
      let version = state.version;
      const planKeys = changed.filter((k) => !PROGRESS_KEYS.has(k));
      if (planKeys.length || goalsChanged) {
        const fieldOfActionIds =
          planKeys.includes('fieldsOfAction') && p.fieldsOfAction ? await this.fieldIds(p.fieldsOfAction) : undefined;
        // new goals go to the measure's first field of action: as the file says it, or as it is
        const fieldsNow =
          fieldOfActionIds ??
          state.record.fieldsOfAction.flatMap((name) =>
            this.ctx.lookups.fieldsOfAction.filter((f) => f.name === name).map((f) => f.id),
          );
        const input = definedOnly({
          id: state.id,
          version,
          ...this.planFields(p, planKeys),
          title: planKeys.includes('title') ? p.title : undefined,
          phase: planKeys.includes('phase') ? p.phase : undefined,
          fieldOfActionIds,
          goalIds: goalsChanged && p.goals ? await this.goalIds(p.goals, fieldsNow) : undefined,
        }) as UpdateMeasureInput;
        await this.valid(UpdateMeasureInput, input);
        version = (await this.services.measures.updateIn(this.ctx.manager, this.ctx.actor, input)).version;
      }
      const progressKeys = changed.filter((k) => PROGRESS_KEYS.has(k));
      if (progressKeys.length) {
        const input = definedOnly({
          id: state.id,
          version,
          status: progressKeys.includes('status') ? p.status : undefined,
          actualStart: progressKeys.includes('actualStart') ? p.actualStart : undefined,
          actualEnd: progressKeys.includes('actualEnd') ? p.actualEnd : undefined,
        }) as UpdateMeasureProgressInput;
        await this.valid(UpdateMeasureProgressInput, input);
        await this.services.measures.updateProgressIn(this.ctx.manager, this.ctx.actor, input);
      }
    });
  }

  /** The plan fields of the service inputs for the given columns (title, phase and fields of action apart). */
  private planFields(p: MeasurePlan, keys: readonly ImportableMeasureKey[]): Partial<UpdateMeasureInput> {
    const has = (key: ImportableMeasureKey) => keys.includes(key);
    return {
      summary: has('summary') ? p.summary : undefined,
      leadUnitId: has('municipalities') ? p.municipalities?.leadUnitId : undefined,
      participatingUnitIds: has('municipalities') ? p.municipalities?.participatingUnitIds : undefined,
      plannedStart: has('plannedStart') ? p.plannedStart : undefined,
      plannedEnd: has('plannedEnd') ? p.plannedEnd : undefined,
      flagship: has('flagship') ? p.flagship : undefined,
      ossRepositoryUrl: has('openSourceRepository') ? p.ossRepositoryUrl : undefined,
      ossLicence: has('licence') ? p.ossLicence : undefined,
      ossDocumentationUrl: has('documentation') ? p.ossDocumentationUrl : undefined,
      transferability: has('transferability') ? p.transferability : undefined,
      adopterUnitIds: has('adoptedBy') ? p.adopterUnitIds : undefined,
      tags: has('keywords') ? p.tags : undefined,
      responsibleUnit: has('contact') ? p.contact?.responsibleUnit : undefined,
      contactName: has('contact') ? p.contact?.contactName : undefined,
      contactEmail: has('contact') ? p.contact?.contactEmail : undefined,
      published: has('published') ? p.published : undefined,
    };
  }

  /**
   * The ids of the fields of action a row names, creating those that do not exist yet (decision 0063): in a project
   * without a strategy, the strategy first, as the dashboard requires one for fields of action.
   */
  private async fieldIds(fields: NonNullable<MeasurePlan['fieldsOfAction']>): Promise<string[]> {
    const ids = [...fields.ids];
    for (const name of fields.newNames) {
      const known = this.createdFields.get(normalName(name)) ?? this.pendingFields.get(normalName(name));
      if (known) {
        ids.push(known);
        continue;
      }
      const { manager: m, actor, projectId } = this.ctx;
      const [strategy] = await m.query(`SELECT id FROM strategy WHERE model_project_id = $1`, [projectId]);
      if (!strategy)
        await this.services.strategy.createStrategyIn(m, actor, {
          modelProjectId: projectId,
          title: 'Digitale Agenda',
        });
      const [{ codes, next }] = await m.query(
        `SELECT coalesce(array_agg(code), '{}') AS codes, coalesce(max(sort_order), 0) + 1 AS next
           FROM field_of_action WHERE model_project_id = $1`,
        [projectId],
      );
      let n = (codes as string[]).length + 1;
      while ((codes as string[]).includes(`HF${n}`)) n++;
      const field = await this.services.strategy.createFieldIn(m, actor, {
        modelProjectId: projectId,
        code: `HF${n}`,
        name: name.trim(),
        sortOrder: Number(next),
      });
      this.pendingFields.set(normalName(name), field.id);
      ids.push(field.id);
    }
    return ids;
  }

  /** Fields of action created under the current row's savepoint: kept only if the row succeeds. */
  private readonly pendingFields = new Map<string, string>();

  /**
   * The ids of the goals a row names, creating those that do not exist yet under the measure's first field of action
   * (decision 0063), with the next free code `Z<n>`.
   */
  private async goalIds(goals: NonNullable<MeasurePlan['goals']>, fieldIds: readonly string[]): Promise<string[]> {
    const ids = [...goals.ids];
    for (const title of goals.newTitles) {
      const known = this.createdGoals.get(normalName(title)) ?? this.pendingGoals.get(normalName(title));
      if (known) {
        ids.push(known);
        continue;
      }
      if (!fieldIds.length)
        throw DomainError.badInput(
          'input.goalIds',
          `Für das neue Ziel „${title}“ braucht die Maßnahme ein Handlungsfeld; tragen Sie eines unter „${MEASURE_TITLE.fieldsOfAction}“ ein.`,
        );
      const { manager: m, actor, projectId } = this.ctx;
      const [{ codes }] = await m.query(
        `SELECT coalesce(array_agg(code), '{}') AS codes FROM goal WHERE model_project_id = $1`,
        [projectId],
      );
      let n = (codes as string[]).length + 1;
      while ((codes as string[]).includes(`Z${n}`)) n++;
      const goal = await this.services.strategy.createGoalIn(m, actor, {
        fieldOfActionId: fieldIds[0],
        code: `Z${n}`,
        title: title.trim(),
        sortOrder: n,
      });
      this.pendingGoals.set(normalName(title), goal.id);
      ids.push(goal.id);
    }
    return ids;
  }

  /** Goals this import created, by normalised title; and those of the current row, kept if it succeeds. */
  private readonly createdGoals = new Map<string, string>();
  private readonly pendingGoals = new Map<string, string>();

  // ---- milestones ----

  async milestones(rows: MilestoneRowInput[]): Promise<void> {
    for (const r of rows) {
      const state = r.code ? this.byCode.get(r.code) : undefined;
      const existing = r.id ? state?.milestones.find((m) => m.id === r.id) : undefined;
      const result = this.result(SHEETS.milestones, r.row, r.code, r.title ?? existing?.title ?? '', r.issues);
      if (result.outcome === 'REFUSED') continue;
      const measureId = this.measureOf(r.code as string, state, result);
      if (!measureId) continue;
      if (r.id && !existing) {
        this.refuse(
          result,
          MILESTONE_COLUMNS.id,
          CellErrorCode.UNKNOWN_MILESTONE,
          `Der Meilenstein gehört nicht zur Maßnahme ${r.code}; für einen neuen Meilenstein bleibt die Zelle leer.`,
        );
        continue;
      }
      const changes: ImportChange[] = [];
      const compare = (
        column: string,
        before: string | number | null | undefined,
        after: string | number | null | undefined,
        show: (v: never) => string,
      ) => {
        if (after === undefined || before === after) return;
        changes.push({
          column,
          before: before === null || before === undefined ? null : show(before as never),
          after: after === null ? null : show(after as never),
        });
      };
      const text = (v: string) => v;
      const number = (v: number) => String(v);
      compare(MILESTONE_COLUMNS.title, existing?.title, r.title, text);
      compare(MILESTONE_COLUMNS.baselineDate, existing?.baselineDate, r.baselineDate, formatGermanDate);
      compare(
        MILESTONE_COLUMNS.forecastDate,
        existing?.forecastDate,
        r.forecastDate === null && !existing ? undefined : r.forecastDate,
        formatGermanDate,
      );
      compare(
        MILESTONE_COLUMNS.completedOn,
        existing?.completedOn,
        r.completedOn === null && !existing ? undefined : r.completedOn,
        formatGermanDate,
      );
      compare(MILESTONE_COLUMNS.weight, existing?.weight, r.weight, number);
      result.changes = changes;
      if (this.conflicts(r.token, state, result)) continue;
      if (existing) {
        if (!changes.length) {
          result.outcome = 'UNCHANGED';
          continue;
        }
        result.outcome = 'CHANGED';
        await this.attempt(result, MILESTONE_FIELD_COLUMN, async () => {
          let version = existing.version;
          const changed = (column: string) => changes.some((c) => c.column === column);
          const plan = definedOnly({
            title: changed(MILESTONE_COLUMNS.title) ? r.title : undefined,
            baselineDate: changed(MILESTONE_COLUMNS.baselineDate) ? r.baselineDate : undefined,
            weight: changed(MILESTONE_COLUMNS.weight) ? r.weight : undefined,
          });
          if (Object.keys(plan).length) {
            const input = { id: existing.id, version, ...plan } as UpdateMilestoneInput;
            await this.valid(UpdateMilestoneInput, input);
            version = (await this.services.milestones.updateIn(this.ctx.manager, this.ctx.actor, input)).version;
          }
          const report = definedOnly({
            forecastDate: changed(MILESTONE_COLUMNS.forecastDate) ? r.forecastDate : undefined,
            completedOn: changed(MILESTONE_COLUMNS.completedOn) ? r.completedOn : undefined,
          });
          if (Object.keys(report).length) {
            const input = { id: existing.id, version, ...report } as ReportMilestoneInput;
            await this.valid(ReportMilestoneInput, input);
            await this.services.milestones.reportIn(this.ctx.manager, this.ctx.actor, input);
          }
        });
        continue;
      }
      result.outcome = 'NEW';
      if (!r.title || !r.baselineDate) {
        this.refuse(
          result,
          !r.title ? MILESTONE_COLUMNS.title : MILESTONE_COLUMNS.baselineDate,
          CellErrorCode.REQUIRED,
          'Die Angabe fehlt (Pflichtfeld für einen neuen Meilenstein).',
        );
        continue;
      }
      await this.attempt(result, MILESTONE_FIELD_COLUMN, async () => {
        const input = definedOnly({
          measureId,
          title: r.title,
          baselineDate: r.baselineDate,
          // a reached milestone's forecast is reported with its completion, where a past forecast is no error
          forecastDate: r.completedOn ? undefined : (r.forecastDate ?? undefined),
          weight: r.weight,
        }) as CreateMilestoneInput;
        await this.valid(CreateMilestoneInput, input);
        const created = await this.services.milestones.createIn(this.ctx.manager, this.ctx.actor, input);
        if (r.completedOn) {
          const report = definedOnly({
            id: created.id,
            version: created.version,
            completedOn: r.completedOn,
            forecastDate: r.forecastDate ?? undefined,
          }) as ReportMilestoneInput;
          await this.valid(ReportMilestoneInput, report);
          await this.services.milestones.reportIn(this.ctx.manager, this.ctx.actor, report);
        }
      });
    }
  }

  // ---- cost plan ----

  async costs(rows: CostRowInput[]): Promise<void> {
    for (const r of rows) {
      const state = r.code ? this.byCode.get(r.code) : undefined;
      const title = r.year && r.category ? `${r.year} · ${r.category.name}` : '';
      const result = this.result(SHEETS.costPlan, r.row, r.code, title, r.issues);
      if (result.outcome === 'REFUSED') continue;
      const measureId = this.measureOf(r.code as string, state, result);
      if (!measureId) continue;
      const category = r.category as NonNullable<CostRowInput['category']>;
      const existing = state?.costPlan.find((c) => c.year === r.year && c.categoryId === category.id);
      const planned = r.planned ?? 0n;
      const before = existing?.plannedCents ?? 0n;
      if (before !== planned)
        result.changes = [
          {
            column: COST_PLAN_COLUMNS.planned,
            before: existing ? formatEuroDe(before) : null,
            after: formatEuroDe(planned),
          },
        ];
      if (this.conflicts(r.token, state, result)) continue;
      if (before === planned) {
        result.outcome = 'UNCHANGED';
        continue;
      }
      result.outcome = existing ? 'CHANGED' : 'NEW';
      await this.attempt(result, COST_FIELD_COLUMN, async () => {
        const input = definedOnly({
          measureId,
          year: r.year,
          costCategoryId: category.id,
          planned,
          version: existing?.version,
        }) as SetCostPlanEntryInput;
        await this.valid(SetCostPlanEntryInput, input);
        await this.services.costs.setCostPlanEntryIn(this.ctx.manager, this.ctx.actor, input);
      });
    }
  }

  // ---- shared ----

  private result(sheet: string, row: number, code: string | null, title: string, issues: RowIssue[]): ImportRowResult {
    const result: ImportRowResult = {
      sheet,
      row,
      code,
      title,
      outcome: issues.length ? 'REFUSED' : 'UNCHANGED',
      changes: [],
      errors: issues.map((i) => ({ column: i.column, code: i.code, message: i.message })),
    };
    this.results.push(result);
    return result;
  }

  /**
   * The measure a milestone or cost-plan row belongs to: one of the project, or a new one of this file. Null (with the
   * row refused or in conflict) when there is none or its own row was not taken.
   */
  private measureOf(code: string, state: MeasureState | undefined, result: ImportRowResult): string | null {
    const inFile = this.fileMeasures.get(code);
    if (inFile?.outcome === 'REFUSED') {
      this.refuse(
        result,
        null,
        CellErrorCode.RULE,
        `Die Maßnahme ${code} (Blatt „${SHEETS.measures}“, Zeile ${inFile.row}) wurde abgelehnt.`,
      );
      return null;
    }
    if (inFile?.outcome === 'CONFLICT') {
      this.conflict(
        result,
        `Die Maßnahme ${code} wurde seit dem Export geändert (Blatt „${SHEETS.measures}“, Zeile ${inFile.row}).`,
      );
      return null;
    }
    const id = state?.id ?? inFile?.id ?? null;
    if (!id) {
      this.refuse(
        result,
        MILESTONE_COLUMNS.code,
        CellErrorCode.UNKNOWN_MEASURE,
        `Die Maßnahme ${code} gibt es in diesem Modellprojekt nicht.`,
      );
      return null;
    }
    return id;
  }

  /** A row exported at another state of its measure: reported, never applied. */
  private conflicts(token: string | null, state: MeasureState | undefined, result: ImportRowResult): boolean {
    if (!token || !state || token === state.token) return false;
    this.conflict(
      result,
      `Die Maßnahme ${state.record.identifier} wurde seit dem Export geändert; die Zeile wird nicht übernommen. Exportieren Sie neu und übertragen Sie Ihre Änderungen.`,
    );
    return true;
  }

  private conflict(result: ImportRowResult, message: string): void {
    result.outcome = 'CONFLICT';
    result.errors.push({ column: VERSION_COLUMN, code: 'IMPORT_CONFLICT', message: `Zeile ${result.row}: ${message}` });
  }

  private refuse(result: ImportRowResult, column: string | null, code: string, message: string): void {
    result.outcome = 'REFUSED';
    const where = column ? `Zeile ${result.row}, Spalte „${column}“` : `Zeile ${result.row}`;
    result.errors.push({ column, code, message: `${where}: ${message}` });
  }

  /** The checks of the GraphQL edge (class-validator on the same input types), worded the same way. */
  private async valid<T extends object>(type: new () => T, input: object): Promise<void> {
    const problems = await inputProblems(type, input);
    if (problems.length) throw DomainError.invalidFields(problems);
  }

  /**
   * Runs the writes of one row under a savepoint. A refusal by the rules (a DomainError, or a constraint of the
   * database) rolls back just this row and is reported on it in German, naming the column; a version that moved in
   * the meantime is a conflict. Anything unexpected ends the whole import.
   */
  private async attempt(
    result: ImportRowResult,
    columns: Record<string, string>,
    work: () => Promise<void>,
  ): Promise<void> {
    const m = this.ctx.manager;
    this.pendingFields.clear();
    this.pendingGoals.clear();
    await m.query('SAVEPOINT import_row');
    try {
      await work();
      await m.query('RELEASE SAVEPOINT import_row');
      for (const [name, id] of this.pendingFields) this.createdFields.set(name, id);
      for (const [title, id] of this.pendingGoals) this.createdGoals.set(title, id);
    } catch (error) {
      await m.query('ROLLBACK TO SAVEPOINT import_row');
      const problem = httpProblemOf(error);
      if (problem.unexpected) throw error;
      if (problem.error.reason === ErrorReason.STALE_VERSION) {
        this.conflict(result, 'Der Datensatz wurde während des Imports geändert.');
        return;
      }
      const fields = (problem.error.details['fields'] as FieldProblem[] | undefined) ?? [];
      if (!fields.length) return this.refuse(result, null, CellErrorCode.RULE, problem.error.message);
      for (const f of fields) {
        const field = f.field.replace(/^input\./, '');
        const message = f.message.startsWith(`${field} `) ? `Der Wert ${f.message.slice(field.length + 1)}` : f.message;
        this.refuse(result, columns[field] ?? null, CellErrorCode.RULE, message);
      }
    }
  }
}
