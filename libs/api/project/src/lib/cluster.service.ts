import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { Actor } from '@masswerk/shared/domain';
import {
  definedOnly,
  DomainError,
  ErrorReason,
  LoaderRegistry,
  rowByColumnLoader,
  PageArgs,
  pageByText,
} from '@masswerk/api/core';
import type { Connection } from '@masswerk/api/core';
import { AccessService } from '@masswerk/api/access';
import { AuditService, platformRecord } from '@masswerk/api/audit';
import { ClusterEntity } from './cluster.entity';
import { ModelProjectEntity } from './model-project.entity';
import { CreateClusterInput, UpdateClusterInput } from './dtos/model-project.inputs';

const LABEL = 'Cluster';
const CLUSTER = platformRecord(ClusterEntity, 'Cluster', LABEL);
const BY_ID = Symbol('clusterById');

/** Clusters are visible to anyone who sees one of their projects; platform administrators manage them. */
@Injectable()
export class ClusterService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  byIdLoader(loaders: LoaderRegistry): DataLoader<string, ClusterEntity | null> {
    return rowByColumnLoader(loaders, BY_ID, this.dataSource, ClusterEntity);
  }

  private visibleFilter(actor: Actor): { sql: string; params: Record<string, unknown> } {
    const visible = this.access.visibleProjectIds(actor);
    if (visible === null) return { sql: 'TRUE', params: {} };
    return {
      sql: 'EXISTS (SELECT 1 FROM model_project p WHERE p.cluster_id = c.id AND p.id = ANY(:visible::uuid[]))',
      params: { visible },
    };
  }

  async get(actor: Actor, id: string): Promise<ClusterEntity> {
    const { sql, params } = this.visibleFilter(actor);
    const cluster = await this.dataSource
      .getRepository(ClusterEntity)
      .createQueryBuilder('c')
      .where('c.id = :id', { id })
      .andWhere(sql, params)
      .getOne();
    if (cluster) return cluster;
    if (await this.dataSource.getRepository(ClusterEntity).existsBy({ id })) throw DomainError.forbidden();
    throw DomainError.notFound(LABEL, id);
  }

  async list(actor: Actor, { first, after }: PageArgs): Promise<Connection<ClusterEntity>> {
    const { sql, params } = this.visibleFilter(actor);
    const qb = this.dataSource.getRepository(ClusterEntity).createQueryBuilder('c').where(sql, params);
    return pageByText(qb, 'name', { first, after });
  }

  async create(actor: Actor, input: CreateClusterInput): Promise<ClusterEntity> {
    return this.dataSource.transaction(async (manager) => {
      const exists = await manager
        .getRepository(ClusterEntity)
        .createQueryBuilder('c')
        .where('lower(c.name) = lower(:name)', { name: input.name.trim() })
        .getExists();
      if (exists)
        throw DomainError.conflict(ErrorReason.CODE_TAKEN, `Ein Cluster „${input.name}“ gibt es bereits.`, {
          field: 'input.name',
        });
      return this.audit.saveCreated(
        manager,
        actor,
        CLUSTER,
        manager.create(ClusterEntity, { name: input.name.trim(), description: input.description ?? '' }),
      );
    });
  }

  async update(actor: Actor, input: UpdateClusterInput): Promise<ClusterEntity> {
    const { id: _id, version: _version, ...changes } = definedOnly(input);
    return this.dataSource.transaction((manager) =>
      this.audit.updateRecorded(manager, actor, CLUSTER, input.id, input.version, () => changes),
    );
  }

  async delete(actor: Actor, id: string, version: number): Promise<string> {
    return this.dataSource.transaction((manager) =>
      this.audit.deleteRecorded(manager, actor, CLUSTER, id, version, async () => {
        // Its projects leave the cluster (ON DELETE SET NULL): each project's history shows it.
        const projects = await manager.find(ModelProjectEntity, {
          where: { clusterId: id },
          order: { id: 'ASC' },
          lock: { mode: 'pessimistic_write' },
        });
        await this.audit.recordMany(
          manager,
          actor,
          projects.map((project) => ({
            entityType: 'ModelProject',
            entityId: project.id,
            action: 'UPDATE' as const,
            modelProjectId: project.id,
            before: project,
            after: { ...project, clusterId: null },
          })),
        );
      }),
    );
  }
}
