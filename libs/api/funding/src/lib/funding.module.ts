import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '@masswerk/api/access';
import { AuditModule } from '@masswerk/api/audit';
import { MeasureModule } from '@masswerk/api/measure';
import {
  CallOffEntity,
  CostCategoryEntity,
  CostPlanEntryEntity,
  ExpenditureEntity,
  FundingProgrammeEntity,
  GrantEntity,
  ProofEntity,
} from './funding.entities';
import { ProgrammeService } from './programme.service';
import { GrantService } from './grant.service';
import { CostService } from './cost.service';
import { FundingOverviewService } from './funding-overview.service';
import {
  CostResolver,
  FundingReferenceResolver,
  GrantResolver,
  MeasureBudgetEntriesResolver,
  MeasureBudgetResolver,
  ProjectFundingResolver,
} from './funding.resolver';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      FundingProgrammeEntity,
      CostCategoryEntity,
      GrantEntity,
      CostPlanEntryEntity,
      ExpenditureEntity,
      CallOffEntity,
      ProofEntity,
    ]),
    AccessModule,
    AuditModule,
    MeasureModule,
  ],
  providers: [
    ProgrammeService,
    GrantService,
    CostService,
    FundingOverviewService,
    ProjectFundingResolver,
    MeasureBudgetResolver,
    MeasureBudgetEntriesResolver,
    FundingReferenceResolver,
    GrantResolver,
    CostResolver,
  ],
  exports: [ProgrammeService, GrantService, CostService, FundingOverviewService],
})
export class FundingModule {}
