import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '@masswerk/api/access';
import { AuditModule } from '@masswerk/api/audit';
import { ProjectModule } from '@masswerk/api/project';
import { FieldOfActionEntity, GoalEntity, StrategyEntity, StrategyVersionEntity } from './strategy.entities';
import {
  FieldOfActionResolver,
  GoalResolver,
  ModelProjectStrategyResolver,
  StrategyResolver,
} from './strategy.resolver';
import { StrategyService } from './strategy.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([StrategyEntity, StrategyVersionEntity, FieldOfActionEntity, GoalEntity]),
    AccessModule,
    AuditModule,
    ProjectModule,
  ],
  providers: [StrategyService, ModelProjectStrategyResolver, StrategyResolver, FieldOfActionResolver, GoalResolver],
  exports: [StrategyService],
})
export class StrategyModule {}
