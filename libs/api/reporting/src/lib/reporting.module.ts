import { Module } from '@nestjs/common';
import { AccessModule } from '@masswerk/api/access';
import { FundingModule } from '@masswerk/api/funding';
import { RollupModule } from '@masswerk/api/rollup';
import { ReportingController } from './reporting.controller';
import { ExportAccessService } from './shared/export-access.service';
import { ReportDatabase } from './shared/report-database';
import { NumericalStatementService } from './numerical-statement/numerical-statement.service';
import { NarrativeReportService } from './narrative-report/narrative-report.service';
import { CouncilBriefingService } from './council-briefing/council-briefing.service';
import { MeasureExportService } from './measure-export/measure-export.service';
import { MeasureWorkbookService } from './measure-workbook/measure-workbook.service';

/** Funders' and council exports: numerical statement, narrative report, council briefing, measure transfer. */
@Module({
  imports: [AccessModule, RollupModule, FundingModule],
  controllers: [ReportingController],
  providers: [
    ExportAccessService,
    ReportDatabase,
    NumericalStatementService,
    NarrativeReportService,
    CouncilBriefingService,
    MeasureExportService,
    MeasureWorkbookService,
  ],
  exports: [ExportAccessService, MeasureWorkbookService, NarrativeReportService, CouncilBriefingService],
})
export class ReportingModule {}
