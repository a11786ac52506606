import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@masswerk/api/audit';
import { TerritorialUnitEntity } from './territorial-unit.entity';
import { TerritorialUnitResolver } from './territorial-unit.resolver';
import { TerritorialUnitService } from './territorial-unit.service';

@Module({
  imports: [TypeOrmModule.forFeature([TerritorialUnitEntity]), AuditModule],
  providers: [TerritorialUnitService, TerritorialUnitResolver],
  exports: [TerritorialUnitService],
})
export class TerritoryModule {}
