import { Controller, Get, Header, Param, Query, StreamableFile } from '@nestjs/common';
import { Actor } from '@masswerk/shared/domain';
import { Access, AccessPolicy, CurrentActor } from '@masswerk/api/core';
import { NarrativeReportQuery, NumericalStatementQuery } from './dtos/export-query.dto';
import { toStreamableFile } from './shared/download';
import { NumericalStatementService } from './numerical-statement/numerical-statement.service';
import { NarrativeReportService } from './narrative-report/narrative-report.service';
import { CouncilBriefingService } from './council-briefing/council-briefing.service';
import { MeasureExportService } from './measure-export/measure-export.service';
import { MeasureWorkbookService } from './measure-workbook/measure-workbook.service';

/**
 * Downloads of one model project. Signed in by session cookie or API token; the services check the project and the
 * permission before the first byte, so refusals are plain JSON errors (401, 403, 404, 400).
 */
@Controller('api/exports/projects/:code')
@Access(AccessPolicy.AUTHENTICATED)
export class ReportingController {
  constructor(
    private readonly statements: NumericalStatementService,
    private readonly narratives: NarrativeReportService,
    private readonly briefings: CouncilBriefingService,
    private readonly measures: MeasureExportService,
    private readonly workbooks: MeasureWorkbookService,
  ) {}

  /** Zahlenmäßiger Nachweis (Excel): `?phase=A|B&from=YYYY-MM-DD&to=YYYY-MM-DD`. */
  @Get('numerical-statement.xlsx')
  @Header('Cache-Control', 'no-store')
  async numericalStatement(
    @CurrentActor() actor: Actor,
    @Param('code') code: string,
    @Query() query: NumericalStatementQuery,
  ): Promise<StreamableFile> {
    return toStreamableFile(await this.statements.export(actor, code, query));
  }

  /** Sachbericht (PDF): `?phase=A|B` (both when absent) `&from&to`. */
  @Get('narrative-report.pdf')
  @Header('Cache-Control', 'no-store')
  async narrativeReport(
    @CurrentActor() actor: Actor,
    @Param('code') code: string,
    @Query() query: NarrativeReportQuery,
  ): Promise<StreamableFile> {
    return toStreamableFile(await this.narratives.export(actor, code, query));
  }

  /** Kreistags-Briefing (PDF). */
  @Get('council-briefing.pdf')
  @Header('Cache-Control', 'no-store')
  async councilBriefing(@CurrentActor() actor: Actor, @Param('code') code: string): Promise<StreamableFile> {
    return toStreamableFile(await this.briefings.export(actor, code));
  }

  /** Measures in the columns of the KTS measure database, CSV for German Excel. */
  @Get('measures.csv')
  @Header('Cache-Control', 'no-store')
  async measuresCsv(@CurrentActor() actor: Actor, @Param('code') code: string): Promise<StreamableFile> {
    return toStreamableFile(await this.measures.export(actor, code, 'csv'));
  }

  /** The same measures as JSON: an array of objects with stable English keys. */
  @Get('measures.json')
  @Header('Cache-Control', 'no-store')
  async measuresJson(@CurrentActor() actor: Actor, @Param('code') code: string): Promise<StreamableFile> {
    return toStreamableFile(await this.measures.export(actor, code, 'json'));
  }

  /**
   * The measure workbook for export → Excel → import: measures (the CSV's columns and a version), milestones, cost
   * plan, allowed values and notes.
   */
  @Get('measures.xlsx')
  @Header('Cache-Control', 'no-store')
  async measuresXlsx(@CurrentActor() actor: Actor, @Param('code') code: string): Promise<StreamableFile> {
    return toStreamableFile(await this.workbooks.export(actor, code, { template: false }));
  }
}
