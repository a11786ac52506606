import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '@masswerk/api/access';
import { AuditModule } from '@masswerk/api/audit';
import { TerritoryModule } from '@masswerk/api/territory';
import { ClusterEntity } from './cluster.entity';
import { ClusterResolver } from './cluster.resolver';
import { ClusterService } from './cluster.service';
import { ModelProjectEntity } from './model-project.entity';
import { ModelProjectResolver } from './model-project.resolver';
import { ModelProjectService } from './model-project.service';

@Module({
  imports: [TypeOrmModule.forFeature([ModelProjectEntity, ClusterEntity]), AccessModule, AuditModule, TerritoryModule],
  providers: [ModelProjectService, ClusterService, ModelProjectResolver, ClusterResolver],
  exports: [ModelProjectService, ClusterService],
})
export class ProjectModule {}
