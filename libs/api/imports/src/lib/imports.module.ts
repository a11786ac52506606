import { Module } from '@nestjs/common';
import { FundingModule } from '@masswerk/api/funding';
import { MeasureModule } from '@masswerk/api/measure';
import { ReportingModule } from '@masswerk/api/reporting';
import { StrategyModule } from '@masswerk/api/strategy';
import { ImportsController } from './imports.controller';
import { MeasureImportService } from './measure-import.service';

/** The measure import (XLSX/CSV with dry run), writing through the measure, funding and strategy services. */
@Module({
  imports: [ReportingModule, MeasureModule, FundingModule, StrategyModule],
  controllers: [ImportsController],
  providers: [MeasureImportService],
})
export class ImportsModule {}
