import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, EntityManager, EntityTarget } from 'typeorm';
import { Actor, Permission } from '@masswerk/shared/domain';
import { AccessService } from '@masswerk/api/access';
import {
  definedOnly,
  DomainError,
  ErrorReason,
  LoaderRegistry,
  rowByColumnLoader,
  rowsByColumnLoader,
} from '@masswerk/api/core';
import type { Versioned } from '@masswerk/api/core';
import { AuditService, projectRecord } from '@masswerk/api/audit';
import type { RecordKind } from '@masswerk/api/audit';
import { FieldOfActionEntity, GoalEntity, StrategyEntity, StrategyVersionEntity } from './strategy.entities';
import {
  AddStrategyVersionInput,
  CreateFieldOfActionInput,
  CreateGoalInput,
  CreateStrategyInput,
  UpdateFieldOfActionInput,
  UpdateGoalInput,
  UpdateStrategyInput,
  UpdateStrategyVersionInput,
} from './dtos/strategy.inputs';

const L = Symbol.for;
type ProjectOwned = Versioned & { modelProjectId: string };
type Coded = ProjectOwned & { code: string };

const STRATEGY = projectRecord(StrategyEntity, 'Strategy', 'Strategie');
const STRATEGY_VERSION = projectRecord(StrategyVersionEntity, 'StrategyVersion', 'Strategiefassung');
const FIELD_OF_ACTION = projectRecord(FieldOfActionEntity, 'FieldOfAction', 'Handlungsfeld');
const GOAL = projectRecord(GoalEntity, 'Goal', 'Ziel');

/**
 * The strategy with its versions, fields of action and goals. Whoever sees a project (members and cluster peers)
 * reads its strategy; only those who may change the plan change it.
 */
@Injectable()
export class StrategyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  // ---- reading, batched per request ----

  strategyByProjectLoader(loaders: LoaderRegistry): DataLoader<string, StrategyEntity | null> {
    return rowByColumnLoader(loaders, L('strategyByProject'), this.dataSource, StrategyEntity, 'modelProjectId');
  }

  versionsByStrategyLoader(loaders: LoaderRegistry): DataLoader<string, StrategyVersionEntity[]> {
    return rowsByColumnLoader(loaders, L('versionsByStrategy'), this.dataSource, StrategyVersionEntity, 'strategyId', {
      versionNumber: 'DESC',
    });
  }

  fieldsByProjectLoader(loaders: LoaderRegistry): DataLoader<string, FieldOfActionEntity[]> {
    return rowsByColumnLoader(loaders, L('fieldsByProject'), this.dataSource, FieldOfActionEntity, 'modelProjectId', {
      sortOrder: 'ASC',
      code: 'ASC',
    });
  }

  fieldByIdLoader(loaders: LoaderRegistry): DataLoader<string, FieldOfActionEntity | null> {
    return rowByColumnLoader(loaders, L('fieldById'), this.dataSource, FieldOfActionEntity);
  }

  goalsByFieldLoader(loaders: LoaderRegistry): DataLoader<string, GoalEntity[]> {
    return rowsByColumnLoader(loaders, L('goalsByField'), this.dataSource, GoalEntity, 'fieldOfActionId', {
      sortOrder: 'ASC',
      code: 'ASC',
    });
  }

  goalByIdLoader(loaders: LoaderRegistry): DataLoader<string, GoalEntity | null> {
    return rowByColumnLoader(loaders, L('goalById'), this.dataSource, GoalEntity);
  }

  async fieldsOfProject(actor: Actor, projectId: string, loaders: LoaderRegistry): Promise<FieldOfActionEntity[]> {
    this.access.requireVisible(actor, projectId);
    return this.fieldsByProjectLoader(loaders).load(projectId);
  }

  // ---- changing ----

  async createStrategy(actor: Actor, input: CreateStrategyInput): Promise<StrategyEntity> {
    return this.change(actor, input.modelProjectId, (m) => this.createStrategyIn(m, actor, input));
  }

  /** `createStrategy` in the caller's transaction (an import that creates a whole agenda). */
  async createStrategyIn(m: EntityManager, actor: Actor, input: CreateStrategyInput): Promise<StrategyEntity> {
    this.access.requireAccess(actor, Permission.EDIT_PLAN, input.modelProjectId);
    if (await m.existsBy(StrategyEntity, { modelProjectId: input.modelProjectId })) {
      throw DomainError.conflict(
        ErrorReason.ALREADY_EXISTS,
        'Das Modellprojekt hat bereits eine Strategie; legen Sie eine neue Fassung an.',
      );
    }
    return this.audit.saveCreated(
      m,
      actor,
      STRATEGY,
      m.create(StrategyEntity, { modelProjectId: input.modelProjectId, title: input.title.trim() }),
    );
  }

  updateStrategy(actor: Actor, input: UpdateStrategyInput): Promise<StrategyEntity> {
    return this.updateOwned(actor, STRATEGY, input.id, input.version, {
      title: input.title.trim(),
    });
  }

  async addVersion(actor: Actor, input: AddStrategyVersionInput): Promise<StrategyVersionEntity> {
    const strategy = await this.dataSource.getRepository(StrategyEntity).findOneBy({ id: input.strategyId });
    if (!strategy) throw DomainError.notFound('Strategie', input.strategyId);
    return this.change(actor, strategy.modelProjectId, async (m) => {
      await m.query(`SELECT 1 FROM strategy WHERE id = $1 FOR UPDATE`, [strategy.id]);
      const [{ next }] = await m.query(
        `SELECT coalesce(max(version_number), 0) + 1 AS next FROM strategy_version WHERE strategy_id = $1`,
        [strategy.id],
      );
      const { strategyId: _s, ...fields } = definedOnly(input);
      this.checkVersionDates(fields);
      return this.audit.saveCreated(
        m,
        actor,
        STRATEGY_VERSION,
        m.create(StrategyVersionEntity, {
          label: '',
          vision: '',
          targetPictures: [],
          values: [],
          notes: '',
          ...fields,
          strategyId: strategy.id,
          modelProjectId: strategy.modelProjectId,
          versionNumber: Number(next),
        }),
      );
    });
  }

  async updateVersion(actor: Actor, input: UpdateStrategyVersionInput): Promise<StrategyVersionEntity> {
    const { id, version, ...fields } = definedOnly(input);
    return this.updateOwned(
      actor,
      STRATEGY_VERSION,
      id as string,
      version as number,
      fields,
      // The dates are compared as they will be stored: a change of one is checked against the other as it stands.
      async (_m, before) => this.checkVersionDates({ ...before, ...fields }),
    );
  }

  deleteVersion(actor: Actor, id: string, version: number): Promise<string> {
    return this.deleteOwned(actor, STRATEGY_VERSION, id, version);
  }

  async createField(actor: Actor, input: CreateFieldOfActionInput): Promise<FieldOfActionEntity> {
    return this.change(actor, input.modelProjectId, (m) => this.createFieldIn(m, actor, input));
  }

  /** `createField` in the caller's transaction. */
  async createFieldIn(m: EntityManager, actor: Actor, input: CreateFieldOfActionInput): Promise<FieldOfActionEntity> {
    this.access.requireAccess(actor, Permission.EDIT_PLAN, input.modelProjectId);
    const strategy = await m.findOneBy(StrategyEntity, { modelProjectId: input.modelProjectId });
    if (!strategy)
      throw DomainError.badInput('input.modelProjectId', 'Legen Sie zuerst die Strategie des Modellprojekts an.');
    return this.createCoded(
      m,
      actor,
      FIELD_OF_ACTION,
      m.create(FieldOfActionEntity, {
        modelProjectId: input.modelProjectId,
        strategyId: strategy.id,
        code: input.code,
        name: input.name.trim(),
        description: input.description ?? '',
        sortOrder: input.sortOrder ?? 0,
      }),
    );
  }

  async updateField(actor: Actor, input: UpdateFieldOfActionInput): Promise<FieldOfActionEntity> {
    const { id, version, ...fields } = definedOnly(input);
    return this.updateOwned(actor, FIELD_OF_ACTION, id as string, version as number, fields, (m, before) =>
      this.checkNewCode(m, FIELD_OF_ACTION, before, fields.code),
    );
  }

  /**
   * Deletes a field of action with its goals. Each goal gets its own DELETE entry and every measure that was linked to
   * the field or one of its goals an UPDATE entry showing the link removed, in the same transaction.
   */
  deleteField(actor: Actor, id: string, version: number): Promise<string> {
    return this.deleteOwned(actor, FIELD_OF_ACTION, id, version, async (m, field) => {
      const goals = await m.find(GoalEntity, {
        where: { fieldOfActionId: field.id },
        order: { id: 'ASC' },
        lock: { mode: 'pessimistic_write' },
      });
      await this.audit.unlinkFromMeasures(m, actor, field.modelProjectId, {
        fieldOfActionIds: [field.id],
        goalIds: goals.map((g) => g.id),
      });
      await this.audit.recordMany(
        m,
        actor,
        goals.map((goal) => ({
          entityType: 'Goal',
          entityId: goal.id,
          action: 'DELETE' as const,
          modelProjectId: goal.modelProjectId,
          before: goal,
        })),
      );
    });
  }

  async createGoal(actor: Actor, input: CreateGoalInput): Promise<GoalEntity> {
    const field = await this.dataSource.getRepository(FieldOfActionEntity).findOneBy({ id: input.fieldOfActionId });
    if (!field) throw DomainError.badInput('input.fieldOfActionId', 'Das Handlungsfeld existiert nicht.');
    return this.change(actor, field.modelProjectId, async (m) => {
      return this.createCoded(
        m,
        actor,
        GOAL,
        m.create(GoalEntity, {
          modelProjectId: field.modelProjectId,
          fieldOfActionId: field.id,
          code: input.code,
          title: input.title.trim(),
          description: input.description ?? '',
          sortOrder: input.sortOrder ?? 0,
        }),
      );
    });
  }

  async updateGoal(actor: Actor, input: UpdateGoalInput): Promise<GoalEntity> {
    const { id, version, ...fields } = definedOnly(input);
    return this.updateOwned(actor, GOAL, id as string, version as number, fields, async (m, before) => {
      await this.checkNewCode(m, GOAL, before, fields.code);
      if (fields.fieldOfActionId) {
        const target = await m.findOneBy(FieldOfActionEntity, { id: fields.fieldOfActionId });
        if (!target || target.modelProjectId !== before.modelProjectId) {
          throw DomainError.badInput(
            'input.fieldOfActionId',
            'Das Handlungsfeld gehört nicht zu diesem Modellprojekt.',
          );
        }
      }
    });
  }

  /** Deletes a goal; every measure linked to it gets an UPDATE entry showing the link removed. */
  deleteGoal(actor: Actor, id: string, version: number): Promise<string> {
    return this.deleteOwned(actor, GOAL, id, version, (m, goal) =>
      this.audit.unlinkFromMeasures(m, actor, goal.modelProjectId, { goalIds: [goal.id] }),
    );
  }

  // ---- one shape for every change: permission, transaction, version check, audit ----

  private change<T>(actor: Actor, projectId: string, work: (m: EntityManager) => Promise<T>): Promise<T> {
    this.access.requireAccess(actor, Permission.EDIT_PLAN, projectId);
    return this.dataSource.transaction(work);
  }

  private updateOwned<E extends ProjectOwned>(
    actor: Actor,
    kind: RecordKind<E>,
    id: string,
    version: number,
    patch: Partial<E>,
    check?: (m: EntityManager, before: E) => Promise<void>,
  ): Promise<E> {
    return this.dataSource.transaction((m) =>
      this.audit.updateRecorded(m, actor, kind, id, version, async (before) => {
        this.access.requireAccess(actor, Permission.EDIT_PLAN, before.modelProjectId);
        await check?.(m, before);
        return patch;
      }),
    );
  }

  private deleteOwned<E extends ProjectOwned>(
    actor: Actor,
    kind: RecordKind<E>,
    id: string,
    version: number,
    /** Records what goes with the record (cascaded rows, links), before the DELETE removes it. */
    cascade?: (m: EntityManager, before: E) => Promise<void>,
  ): Promise<string> {
    return this.dataSource.transaction((m) =>
      this.audit.deleteRecorded(m, actor, kind, id, version, async (before) => {
        this.access.requireAccess(actor, Permission.EDIT_PLAN, before.modelProjectId);
        await cascade?.(m, before);
      }),
    );
  }

  /** Creates a field of action or a goal; its code must be free in its project. */
  private async createCoded<E extends Coded>(
    m: EntityManager,
    actor: Actor,
    kind: RecordKind<E>,
    record: E,
  ): Promise<E> {
    await this.assertCodeFree(m, kind.entity, record.modelProjectId, record.code, null);
    return this.audit.saveCreated(m, actor, kind, record);
  }

  /** A change of a code must leave it unique in the project. */
  private async checkNewCode<E extends Coded>(
    m: EntityManager,
    kind: RecordKind<E>,
    before: E,
    code: string | undefined,
  ): Promise<void> {
    if (code && code !== before.code) await this.assertCodeFree(m, kind.entity, before.modelProjectId, code, before.id);
  }

  private async assertCodeFree(
    m: EntityManager,
    target: EntityTarget<ProjectOwned>,
    projectId: string,
    code: string,
    selfId: string | null,
  ): Promise<void> {
    const clash = await m.findOne(target, { where: { modelProjectId: projectId, code } as never });
    if (clash && clash.id !== selfId)
      throw DomainError.conflict(
        ErrorReason.CODE_TAKEN,
        `Der Code ${code} ist in diesem Modellprojekt schon vergeben.`,
        {
          field: 'input.code',
        },
      );
  }

  private checkVersionDates(fields: { adoptedOn?: string | null; acceptedByFunderOn?: string | null }): void {
    if (fields.adoptedOn && fields.acceptedByFunderOn && fields.acceptedByFunderOn < fields.adoptedOn) {
      throw DomainError.badInput(
        'input.acceptedByFunderOn',
        'Der Fördermittelgeber kann die Strategie erst nach dem Beschluss annehmen.',
      );
    }
  }
}
