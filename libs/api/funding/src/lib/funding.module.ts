import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '@masswerk/api/access';
import { AuditModule } from '@masswerk/api/audit';
import { MeasureModule } from '@masswerk/api/measure';
import { FundingProgrammeEntity } from './programme/programme.entity';
import { CostCategoryEntity } from './programme/cost-category.entity';
import { ProgrammeService } from './programme/programme.service';
import { ProgrammeResolver } from './programme/programme.resolver';
import { ProjectProgrammeResolver } from './programme/project-programme.resolver';
import { GrantEntity } from './grant/grant.entity';
import { CallOffEntity } from './grant/call-off.entity';
import { ProofEntity } from './grant/proof.entity';
import { GrantService } from './grant/grant.service';
import { GrantResolver } from './grant/grant.resolver';
import { CostPlanEntryEntity } from './cost/cost-plan-entry.entity';
import { ExpenditureEntity } from './cost/expenditure.entity';
import { CostService } from './cost/cost.service';
import { CostResolver } from './cost/cost.resolver';
import { MeasureBudgetEntriesResolver } from './cost/measure-budget-entries.resolver';
import { FundingOverviewService } from './funding-overview/funding-overview.service';
import { ProjectFundingResolver } from './funding-overview/project-funding.resolver';
import { MeasureBudgetResolver } from './funding-overview/measure-budget.resolver';

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
    ProgrammeResolver,
    ProjectProgrammeResolver,
    GrantResolver,
    CostResolver,
    MeasureBudgetEntriesResolver,
    ProjectFundingResolver,
    MeasureBudgetResolver,
  ],
  exports: [ProgrammeService, GrantService, CostService, FundingOverviewService],
})
export class FundingModule {}
