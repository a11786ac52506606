import { Module } from '@nestjs/common';
import { MeasureModule } from '@masswerk/api/measure';
import { ProjectModule } from '@masswerk/api/project';
import { StrategyModule } from '@masswerk/api/strategy';
import { TerritoryModule } from '@masswerk/api/territory';
import { MaintainedRollups } from './maintained-rollups';
import { RollupService } from './rollup.service';
import { ClusterSummaryResolver, ModelProjectSummaryResolver, SummaryResolver } from './rollup.resolver';

@Module({
  imports: [MeasureModule, ProjectModule, StrategyModule, TerritoryModule],
  providers: [RollupService, MaintainedRollups, SummaryResolver, ModelProjectSummaryResolver, ClusterSummaryResolver],
  exports: [RollupService, MaintainedRollups],
})
export class RollupModule {}
