import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, Permission } from '@masswerk/shared/domain';
import { APP_CONFIG, Clock } from '@masswerk/api/core';
import type { AppConfig } from '@masswerk/api/core';
import { CostService } from '@masswerk/api/funding';
import { MeasureCommandService, MilestoneService } from '@masswerk/api/measure';
import {
  COST_PLAN_COLUMNS,
  ExportAccessService,
  loadLookups,
  loadMeasureStates,
  MILESTONE_COLUMNS,
  SHEETS,
} from '@masswerk/api/reporting';
import { StrategyService } from '@masswerk/api/strategy';
import { ImportError, ImportErrorCode } from './import.errors';
import { ImportResult, summarise } from './import-result';
import { ImportFormat, ImportLimits, readImportFile, Sheet } from './parsing/import-file';
import { normalName, splitList } from './parsing/german-values';
import { shown } from './rows/cells';
import { MEASURE_TITLE, readMeasureRows, UnitRef } from './rows/measure-rows';
import { readCostRows, readMilestoneRows } from './rows/part-rows';
import { ImportRun } from './import-run';

/** Thrown inside the transaction to roll it back while keeping the result (a dry run, or a refused row). */
class RollBack extends Error {
  constructor(readonly result: ImportResult) {
    super('rolled back');
  }
}

/**
 * The measure import: reads a workbook or CSV (limits first), compares every row with the project as it is, and
 * applies new and changed rows through the same services as the dashboard (`MeasureCommandService`,
 * `MilestoneService`, `CostService`, `StrategyService`), all in one transaction with their history entries. A dry
 * run does exactly the same and rolls back, so that it also reports what the services' rules would refuse. With any
 * refused row nothing is kept.
 */
@Injectable()
export class MeasureImportService {
  private readonly limits: ImportLimits;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ExportAccessService,
    private readonly measures: MeasureCommandService,
    private readonly milestones: MilestoneService,
    private readonly costs: CostService,
    private readonly strategy: StrategyService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.limits = config.imports;
  }

  /** Refuses (403, 404) whoever may not import into the project. */
  async mayImport(actor: Actor, projectCode: string): Promise<void> {
    await this.access.project(actor, projectCode, Permission.EDIT_PLAN);
  }

  async import(
    actor: Actor,
    projectCode: string,
    file: { bytes: Buffer; format: ImportFormat },
    dryRun: boolean,
  ): Promise<ImportResult> {
    const project = await this.access.project(actor, projectCode, Permission.EDIT_PLAN);
    const parsed = await readImportFile(file.bytes, file.format, this.limits);
    const { measureSheet, milestoneSheet, costSheet } = this.sheetsOf(parsed.sheets);
    const today = this.clock.today();
    try {
      return await this.dataSource.transaction(async (manager) => {
        // One import of a project at a time: a second waits, then compares with what the first wrote.
        await manager.query(`SELECT 1 FROM model_project WHERE id = $1 FOR UPDATE`, [project.id]);
        const states = await loadMeasureStates(manager, project.id, today);
        const lookups = await loadLookups(manager, project.id);
        const adopters = await this.adopterCandidates(manager, measureSheet);
        const run = new ImportRun(
          { manager, actor, projectId: project.id, states, lookups, today },
          { measures: this.measures, milestones: this.milestones, costs: this.costs, strategy: this.strategy },
        );
        await run.measures(readMeasureRows(measureSheet, { projectCode: project.code, lookups, adopters }));
        if (milestoneSheet) await run.milestones(readMilestoneRows(milestoneSheet, project.code));
        if (costSheet) await run.costs(readCostRows(costSheet, project.code, lookups));
        const rows = run.results;
        const summary = summarise(rows);
        const applied = !dryRun && summary.refused === 0;
        const result: ImportResult = { dryRun, applied, format: parsed.format, summary, rows };
        if (!applied) throw new RollBack(result);
        return result;
      });
    } catch (error) {
      if (error instanceof RollBack) return error.result;
      throw error;
    }
  }

  /** The data sheets of the file, by name (a CSV's one sheet is the measure sheet), with their required columns. */
  private sheetsOf(sheets: Sheet[]): { measureSheet: Sheet; milestoneSheet?: Sheet; costSheet?: Sheet } {
    const named = (name: string) => sheets.find((s) => normalName(s.name) === normalName(name));
    const measureSheet = named(SHEETS.measures) ?? (sheets.length === 1 ? sheets[0] : undefined);
    if (!measureSheet)
      throw new ImportError(ImportErrorCode.MISSING_COLUMN, `Die Arbeitsmappe hat kein Blatt „${SHEETS.measures}“.`);
    const milestoneSheet = named(SHEETS.milestones);
    const costSheet = named(SHEETS.costPlan);
    const require = (sheet: Sheet | undefined, columns: string[]) => {
      if (!sheet || (sheet !== measureSheet && !sheet.rows.length)) return;
      const missing = columns.find((c) => !sheet.columns.includes(c));
      if (missing)
        throw new ImportError(
          ImportErrorCode.MISSING_COLUMN,
          `Im Blatt „${sheet.name}“ fehlt die Spalte „${missing}“.`,
        );
    };
    require(measureSheet, [MEASURE_TITLE.title]);
    require(milestoneSheet, [MILESTONE_COLUMNS.code]);
    require(costSheet, [
      COST_PLAN_COLUMNS.code,
      COST_PLAN_COLUMNS.year,
      COST_PLAN_COLUMNS.category,
      COST_PLAN_COLUMNS.planned,
    ]);
    const tooMany = (sheet: Sheet | undefined, max: number) => !!sheet && sheet.rows.length > max;
    if (
      tooMany(measureSheet, this.limits.maxMeasureRows) ||
      tooMany(milestoneSheet, this.limits.maxPartRows) ||
      tooMany(costSheet, this.limits.maxPartRows)
    )
      throw new ImportError(
        ImportErrorCode.TOO_MANY_ROWS,
        `Die Datei hat zu viele Zeilen: höchstens ${this.limits.maxMeasureRows.toLocaleString('de-DE')} Maßnahmen und je ${this.limits.maxPartRows.toLocaleString('de-DE')} Meilensteine und Planwerte.`,
      );
    return { measureSheet, milestoneSheet, costSheet };
  }

  /** The territorial units "Übernommen von" names (by name or ARS), looked up in one statement. */
  private async adopterCandidates(db: { query: DataSource['query'] }, sheet: Sheet): Promise<UnitRef[]> {
    const entries = new Set<string>();
    for (const row of sheet.rows) {
      const cell = row.cells.get(MEASURE_TITLE.adoptedBy);
      if (cell) for (const entry of splitList(shown(cell))) entries.add(entry);
    }
    if (!entries.size) return [];
    const list = [...entries];
    return db.query(
      `SELECT id, name, ars FROM territorial_unit
        WHERE lower(regexp_replace(btrim(name), '\\s+', ' ', 'g')) = ANY($1::text[]) OR ars = ANY($2::text[])`,
      [list.map(normalName), list.map((e) => e.replace(/\s+/g, '')).filter((e) => /^\d{12}$/.test(e))],
    );
  }
}
