import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@masswerk/api/audit';
import { AccessModule } from '@masswerk/api/access';
import { ReportingModule } from '@masswerk/api/reporting';
import { ReportingRoundService } from './reporting-round/reporting-round.service';
import { ReportingRoundResolver } from './reporting-round/reporting-round.resolver';
import { RoundExportsService } from './reporting-round/round-exports.service';
import { RoundExportsController } from './reporting-round/round-exports.controller';
import { CouncilSessionService } from './council-session/council-session.service';
import { CouncilSessionResolver } from './council-session/council-session.resolver';
import { ReportingRoundEntity, RoundMeasureEntity } from './reporting-round/reporting-round.entity';
import { CouncilSessionEntity } from './council-session/council-session.entity';

/** Reporting rounds with their frozen snapshots, and the council sessions they were presented at (issue 15). */
@Module({
  imports: [
    TypeOrmModule.forFeature([ReportingRoundEntity, RoundMeasureEntity, CouncilSessionEntity]),
    AccessModule,
    AuditModule,
    ReportingModule,
  ],
  controllers: [RoundExportsController],
  providers: [
    ReportingRoundService,
    ReportingRoundResolver,
    RoundExportsService,
    CouncilSessionService,
    CouncilSessionResolver,
  ],
})
export class RoundsModule {}
