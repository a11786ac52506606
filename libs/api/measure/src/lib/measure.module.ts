import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '@masswerk/api/access';
import { AuditModule } from '@masswerk/api/audit';
import { IdentityModule } from '@masswerk/api/identity';
import { ProjectModule } from '@masswerk/api/project';
import { StrategyModule } from '@masswerk/api/strategy';
import { TerritoryModule } from '@masswerk/api/territory';
import { MeasureEntity } from './measure/measure.entity';
import { MeasureReadService } from './measure/measure-read.service';
import { MeasureCommandService } from './measure/measure-command.service';
import { MeasureParts } from './measure/measure-parts';
import { MeasureResolver } from './measure/measure.resolver';
import { ModelProjectMeasuresResolver } from './measure/model-project-measures.resolver';
import { HistoryEntryMeasureResolver } from './measure/history-entry-measure.resolver';
import { MilestoneEntity } from './milestone/milestone.entity';
import { MilestoneService } from './milestone/milestone.service';
import { MilestoneResolver } from './milestone/milestone.resolver';
import { HealthReasonMilestoneResolver, MeasureMilestonesResolver } from './milestone/measure-milestones.resolver';
import { StatusReportEntity } from './status-report/status-report.entity';
import { StatusReportService } from './status-report/status-report.service';
import { StatusReportResolver } from './status-report/status-report.resolver';
import { MeasureStatusReportsResolver } from './status-report/measure-status-reports.resolver';
import { IndicatorEntity } from './indicator/indicator.entity';
import { IndicatorValueEntity } from './indicator/indicator-value.entity';
import { IndicatorService } from './indicator/indicator.service';
import { IndicatorResolver } from './indicator/indicator.resolver';
import { MeasureIndicatorsResolver } from './indicator/measure-indicators.resolver';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      MeasureEntity,
      MilestoneEntity,
      StatusReportEntity,
      IndicatorEntity,
      IndicatorValueEntity,
    ]),
    AccessModule,
    AuditModule,
    IdentityModule,
    ProjectModule,
    StrategyModule,
    TerritoryModule,
  ],
  providers: [
    MeasureReadService,
    MeasureCommandService,
    MeasureParts,
    MilestoneService,
    StatusReportService,
    IndicatorService,
    MeasureResolver,
    ModelProjectMeasuresResolver,
    HistoryEntryMeasureResolver,
    MilestoneResolver,
    MeasureMilestonesResolver,
    HealthReasonMilestoneResolver,
    StatusReportResolver,
    MeasureStatusReportsResolver,
    IndicatorResolver,
    MeasureIndicatorsResolver,
  ],
  exports: [MeasureReadService, MeasureCommandService, MeasureParts, MilestoneService, StatusReportService],
})
export class MeasureModule {}
