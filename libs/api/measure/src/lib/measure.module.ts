import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@masswerk/api/audit';
import { IdentityModule } from '@masswerk/api/identity';
import { ProjectModule } from '@masswerk/api/project';
import { StrategyModule } from '@masswerk/api/strategy';
import { TerritoryModule } from '@masswerk/api/territory';
import { MeasureEntity } from './measure/measure.entity';
import { MilestoneEntity } from './milestone/milestone.entity';
import { StatusReportEntity } from './status-report/status-report.entity';
import { IndicatorEntity } from './indicator/indicator.entity';
import { IndicatorValueEntity } from './indicator/indicator-value.entity';
import { MeasureService } from './measure/measure.service';
import { HistoryEntryMeasureResolver, MeasureResolver, ModelProjectMeasuresResolver } from './measure/measure.resolver';
import { MilestoneService } from './milestone/milestone.service';
import { MilestoneResolver } from './milestone/milestone.resolver';
import { StatusReportService } from './status-report/status-report.service';
import { StatusReportResolver } from './status-report/status-report.resolver';
import { IndicatorService } from './indicator/indicator.service';
import { IndicatorResolver } from './indicator/indicator.resolver';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      MeasureEntity,
      MilestoneEntity,
      StatusReportEntity,
      IndicatorEntity,
      IndicatorValueEntity,
    ]),
    AuditModule,
    IdentityModule,
    ProjectModule,
    StrategyModule,
    TerritoryModule,
  ],
  providers: [
    MeasureService,
    MilestoneService,
    StatusReportService,
    IndicatorService,
    MeasureResolver,
    ModelProjectMeasuresResolver,
    HistoryEntryMeasureResolver,
    MilestoneResolver,
    StatusReportResolver,
    IndicatorResolver,
  ],
  exports: [MeasureService, MilestoneService, StatusReportService],
})
export class MeasureModule {}
