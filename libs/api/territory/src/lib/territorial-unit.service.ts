import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { Brackets, DataSource, EntityManager, In } from 'typeorm';
import {
  Actor,
  ALLOWED_PARENT_KINDS,
  keyWithinParent,
  TERRITORIAL_UNIT_KIND_LABEL_DE,
  TerritorialUnitKind,
  validateTerritorialKeys,
} from '@masswerk/shared/domain';
import {
  containsPattern,
  definedOnly,
  DomainError,
  ErrorReason,
  LoaderRegistry,
  oneByKeys,
  pageByText,
} from '@masswerk/api/core';
import type { Connection } from '@masswerk/api/core';
import { AuditService, platformRecord } from '@masswerk/api/audit';
import { TerritorialUnitEntity } from './territorial-unit.entity';
import {
  CreateTerritorialUnitInput,
  TerritorialUnitsArgs,
  UpdateTerritorialUnitInput,
} from './dtos/territorial-unit.inputs';

const LABEL = 'Gebietseinheit';
const TERRITORIAL_UNIT = platformRecord(TerritorialUnitEntity, 'TerritorialUnit', LABEL);
const BY_ID = Symbol('territorialUnitById');

/**
 * Territorial units are reference data: every signed-in user reads them, only platform administrators change them
 * (the resolver's policy). Keys are validated against the unit's kind and its parent.
 */
@Injectable()
export class TerritorialUnitService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  byIdLoader(loaders: LoaderRegistry): DataLoader<string, TerritorialUnitEntity | null> {
    return loaders.get(
      BY_ID,
      () => new DataLoader(async (ids: readonly string[]) => oneByKeys(ids, await this.findByIds(ids), (u) => u.id)),
    );
  }

  findByIds(ids: readonly string[]): Promise<TerritorialUnitEntity[]> {
    return ids.length
      ? this.dataSource.getRepository(TerritorialUnitEntity).findBy({ id: In([...ids]) })
      : Promise.resolve([]);
  }

  async get(id: string): Promise<TerritorialUnitEntity> {
    const unit = await this.dataSource.getRepository(TerritorialUnitEntity).findOneBy({ id });
    if (!unit) throw DomainError.notFound(LABEL, id);
    return unit;
  }

  async list({ first, after, filter }: TerritorialUnitsArgs): Promise<Connection<TerritorialUnitEntity>> {
    const qb = this.dataSource.getRepository(TerritorialUnitEntity).createQueryBuilder('u');
    if (filter?.kinds?.length) qb.andWhere('u.kind IN (:...kinds)', { kinds: filter.kinds });
    if (filter?.parentId) qb.andWhere('u.parent_id = :parentId', { parentId: filter.parentId });
    const search = filter?.search?.trim();
    if (search) {
      qb.andWhere(
        new Brackets((w) =>
          /^\d+$/.test(search)
            ? w.where('u.ars LIKE :prefix', { prefix: `${search}%` }).orWhere('u.ags LIKE :prefix')
            : w.where('lower(u.name) LIKE :name', { name: containsPattern(search.toLowerCase()) }),
        ),
      );
    }
    return pageByText(qb, 'name', { first, after });
  }

  async create(actor: Actor, input: CreateTerritorialUnitInput): Promise<TerritorialUnitEntity> {
    return this.dataSource.transaction(async (manager) => {
      await this.validate(manager, input.kind, input.ars ?? null, input.ags ?? null, input.parentId ?? null, null);
      const unit = manager.create(TerritorialUnitEntity, {
        kind: input.kind,
        name: input.name.trim(),
        ars: input.ars ?? null,
        ags: input.ags ?? null,
        parentId: input.parentId ?? null,
      });
      return this.audit.saveCreated(manager, actor, TERRITORIAL_UNIT, unit);
    });
  }

  async update(actor: Actor, input: UpdateTerritorialUnitInput): Promise<TerritorialUnitEntity> {
    const { id: _id, version: _version, ...changes } = definedOnly(input);
    return this.dataSource.transaction((manager) =>
      this.audit.updateRecorded(manager, actor, TERRITORIAL_UNIT, input.id, input.version, async (before) => {
        const next = { ...before, ...changes };
        await this.validate(manager, before.kind, next.ars ?? null, next.ags ?? null, next.parentId ?? null, before.id);
        return changes;
      }),
    );
  }

  async delete(actor: Actor, id: string, version: number): Promise<string> {
    return this.dataSource.transaction((manager) =>
      this.audit.deleteRecorded(manager, actor, TERRITORIAL_UNIT, id, version, async (before) => {
        const [{ used }] = await manager.query(
          `SELECT (EXISTS (SELECT 1 FROM territorial_unit WHERE parent_id = $1)
                OR EXISTS (SELECT 1 FROM model_project WHERE lead_unit_id = $1)
                OR EXISTS (SELECT 1 FROM model_project_member WHERE territorial_unit_id = $1)
                OR EXISTS (SELECT 1 FROM measure WHERE lead_unit_id = $1)
                OR EXISTS (SELECT 1 FROM measure_participating_unit WHERE territorial_unit_id = $1)
                OR EXISTS (SELECT 1 FROM measure_adopter WHERE territorial_unit_id = $1)
                OR EXISTS (SELECT 1 FROM membership WHERE territorial_unit_id = $1)) AS used`,
          [id],
        );
        if (used)
          throw DomainError.conflict(
            ErrorReason.IN_USE,
            `${before.name} wird noch verwendet (untergeordnete Einheiten, Modellprojekte, Maßnahmen oder Zuständigkeiten) und kann nicht gelöscht werden.`,
          );
      }),
    );
  }

  private async validate(
    manager: EntityManager,
    kind: TerritorialUnitKind,
    ars: string | null,
    ags: string | null,
    parentId: string | null,
    selfId: string | null,
  ): Promise<void> {
    const problems = validateTerritorialKeys(kind, ars, ags);
    if (problems.length)
      throw DomainError.invalidFields(problems.map((p) => ({ field: `input.${p.field}`, message: p.message })));
    if (parentId) {
      if (parentId === selfId)
        throw DomainError.badInput('input.parentId', 'Eine Einheit kann nicht ihre eigene übergeordnete Einheit sein.');
      const parent = await manager.findOneBy(TerritorialUnitEntity, { id: parentId });
      if (!parent) throw DomainError.badInput('input.parentId', 'Die übergeordnete Einheit existiert nicht.');
      if (!ALLOWED_PARENT_KINDS[kind].includes(parent.kind)) {
        throw DomainError.badInput(
          'input.parentId',
          `Eine Einheit der Art „${TERRITORIAL_UNIT_KIND_LABEL_DE[kind]}“ kann nicht unter „${TERRITORIAL_UNIT_KIND_LABEL_DE[parent.kind]}“ stehen.`,
        );
      }
      if (!keyWithinParent(parent.kind, parent, { ars, ags })) {
        throw DomainError.badInput('input.parentId', `Der Schlüssel liegt nicht im Gebiet von ${parent.name}.`);
      }
    }
    for (const [field, value] of [
      ['ars', ars],
      ['ags', ags],
    ] as const) {
      if (!value) continue;
      const clash = await manager
        .getRepository(TerritorialUnitEntity)
        .createQueryBuilder('u')
        .where(`u.${field} = :value`, { value })
        .andWhere(selfId ? 'u.id <> :selfId' : 'TRUE', { selfId })
        .getOne();
      if (clash)
        throw DomainError.conflict(
          ErrorReason.CODE_TAKEN,
          `Der Schlüssel ${value} ist bereits ${clash.name} zugeordnet.`,
          {
            field: `input.${field}`,
          },
        );
    }
  }
}
