import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, percentToBasisPoints } from '@masswerk/shared/domain';
import { definedOnly, DomainError, ErrorReason, lockById, LoaderRegistry, updateVersioned } from '@masswerk/api/core';
import { AccessService } from '@masswerk/api/access';
import { AuditService } from '@masswerk/api/audit';
import type { AuditAction } from '@masswerk/api/audit';
import { FundingProgrammeEntity } from './programme.entity';
import { CostCategoryEntity } from './cost-category.entity';
import {
  CreateCostCategoryInput,
  CreateFundingProgrammeInput,
  UpdateCostCategoryInput,
  UpdateFundingProgrammeInput,
} from './dtos/programme.inputs';

/** The funding programme and the cost categories: reference data, read by everyone, changed by the operator. */
@Injectable()
export class ProgrammeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  /** Every programme (a handful of rows), loaded once per request. */
  private all(loaders: LoaderRegistry): Promise<FundingProgrammeEntity[]> {
    return loaders
      .get(
        Symbol.for('fundingProgrammes'),
        () =>
          new DataLoader(async (keys: readonly string[]) => {
            const rows = await this.dataSource
              .getRepository(FundingProgrammeEntity)
              .find({ order: { isDefault: 'DESC', code: 'ASC' } });
            return keys.map(() => rows);
          }),
      )
      .load('all');
  }

  programmes(loaders: LoaderRegistry): Promise<FundingProgrammeEntity[]> {
    return this.all(loaders);
  }

  /** A programme by code, or the default programme when no code is given. */
  async programmeByCode(loaders: LoaderRegistry, code?: string | null): Promise<FundingProgrammeEntity> {
    const rows = await this.all(loaders);
    const found = rows.find((r) => (code ? r.code === code : r.isDefault));
    if (!found) throw DomainError.notFound('Förderprogramm', code ?? 'Standard');
    return found;
  }

  async programmeById(loaders: LoaderRegistry, id: string): Promise<FundingProgrammeEntity> {
    const found = (await this.all(loaders)).find((r) => r.id === id);
    if (!found) throw DomainError.notFound('Förderprogramm', id);
    return found;
  }

  /** The programme each model project is funded by: its rates, caps and deadlines. */
  projectProgrammeLoader(loaders: LoaderRegistry): DataLoader<string, FundingProgrammeEntity> {
    return loaders.get(
      Symbol.for('projectProgramme'),
      () =>
        new DataLoader<string, FundingProgrammeEntity>(async (projectIds: readonly string[]) => {
          const [links, rows] = await Promise.all([
            this.dataSource.query(
              `SELECT id, funding_programme_id AS "programmeId" FROM model_project WHERE id = ANY($1::uuid[])`,
              [projectIds],
            ) as Promise<{ id: string; programmeId: string }[]>,
            this.all(loaders),
          ]);
          const programmeOf = new Map(links.map((l) => [l.id, rows.find((r) => r.id === l.programmeId)]));
          return projectIds.map((id) => programmeOf.get(id) ?? DomainError.notFound('Modellprojekt', id));
        }),
    );
  }

  categories(includeInactive: boolean): Promise<CostCategoryEntity[]> {
    return this.dataSource
      .getRepository(CostCategoryEntity)
      .find({ where: includeInactive ? {} : { active: true }, order: { sortOrder: 'ASC', name: 'ASC' } });
  }

  async createProgramme(actor: Actor, input: CreateFundingProgrammeInput): Promise<FundingProgrammeEntity> {
    this.access.requirePlatformAdmin(actor);
    if (input.phaseAMeasuresCap > input.phaseACap) {
      throw DomainError.badInput(
        'input.phaseAMeasuresCap',
        'Der Anteil für Maßnahmen kann nicht über der Obergrenze der Phase A liegen.',
      );
    }
    return this.dataSource.transaction(async (m) => {
      if (await m.existsBy(FundingProgrammeEntity, { code: input.code }))
        throw DomainError.conflict(ErrorReason.CODE_TAKEN, `Das Förderprogramm ${input.code} gibt es bereits.`, {
          field: 'input.code',
        });
      const saved = await m.save(
        m.create(FundingProgrammeEntity, {
          code: input.code,
          name: input.name.trim(),
          funder: input.funder.trim(),
          standardRateBp: percentToBasisPoints(input.standardRate),
          emergencyRateBp: percentToBasisPoints(input.emergencyRate),
          phaseACapCents: input.phaseACap,
          phaseAMeasuresCapCents: input.phaseAMeasuresCap,
          phaseBCapCents: input.phaseBCap,
          proofMonthsA: input.proofMonthsA,
          proofMonthsB: input.proofMonthsB,
          interimProofMonths: input.interimProofMonths,
          isDefault: false,
        }),
      );
      await this.record(m, actor, 'FundingProgramme', 'CREATE', null, saved);
      return saved;
    });
  }

  async updateProgramme(actor: Actor, input: UpdateFundingProgrammeInput): Promise<FundingProgrammeEntity> {
    this.access.requirePlatformAdmin(actor);
    return this.dataSource.transaction(async (m) => {
      const before = await lockById(m, FundingProgrammeEntity, input.id, 'Förderprogramm');
      const patch: Partial<FundingProgrammeEntity> = {
        ...(input.standardRate !== undefined && { standardRateBp: percentToBasisPoints(input.standardRate) }),
        ...(input.emergencyRate !== undefined && { emergencyRateBp: percentToBasisPoints(input.emergencyRate) }),
        ...(input.phaseACap !== undefined && { phaseACapCents: input.phaseACap }),
        ...(input.phaseAMeasuresCap !== undefined && { phaseAMeasuresCapCents: input.phaseAMeasuresCap }),
        ...(input.phaseBCap !== undefined && { phaseBCapCents: input.phaseBCap }),
        ...(input.proofMonthsA !== undefined && { proofMonthsA: input.proofMonthsA }),
        ...(input.proofMonthsB !== undefined && { proofMonthsB: input.proofMonthsB }),
        ...(input.interimProofMonths !== undefined && { interimProofMonths: input.interimProofMonths }),
      };
      const next = { ...before, ...patch };
      if (next.phaseAMeasuresCapCents > next.phaseACapCents) {
        throw DomainError.badInput(
          'input.phaseAMeasuresCap',
          'Der Anteil für Maßnahmen kann nicht über der Obergrenze der Phase A liegen.',
        );
      }
      const after = await updateVersioned(m, FundingProgrammeEntity, input.id, input.version, patch, 'Förderprogramm');
      await this.record(m, actor, 'FundingProgramme', 'UPDATE', before, after);
      return after;
    });
  }

  async createCategory(actor: Actor, input: CreateCostCategoryInput): Promise<CostCategoryEntity> {
    this.access.requirePlatformAdmin(actor);
    return this.dataSource.transaction(async (m) => {
      if (await m.existsBy(CostCategoryEntity, { code: input.code }))
        throw DomainError.conflict(ErrorReason.CODE_TAKEN, `Die Kostenart ${input.code} gibt es bereits.`, {
          field: 'input.code',
        });
      const saved = await m.save(
        m.create(CostCategoryEntity, {
          code: input.code,
          name: input.name.trim(),
          sortOrder: input.sortOrder ?? 99,
          active: true,
        }),
      );
      await this.record(m, actor, 'CostCategory', 'CREATE', null, saved);
      return saved;
    });
  }

  async updateCategory(actor: Actor, input: UpdateCostCategoryInput): Promise<CostCategoryEntity> {
    this.access.requirePlatformAdmin(actor);
    return this.dataSource.transaction(async (m) => {
      const before = await lockById(m, CostCategoryEntity, input.id, 'Kostenart');
      const { id, version, ...rest } = input;
      const patch = definedOnly(rest) as Partial<CostCategoryEntity>;
      const after = await updateVersioned(m, CostCategoryEntity, id, version, patch, 'Kostenart');
      await this.record(m, actor, 'CostCategory', 'UPDATE', before, after);
      return after;
    });
  }

  /** The history entry of a change to reference data (which belongs to no project). */
  private record(
    m: EntityManager,
    actor: Actor,
    entityType: string,
    action: AuditAction,
    before: { id: string } | null,
    after: { id: string } | null,
  ): Promise<void> {
    return this.audit.record(m, actor, {
      entityType,
      entityId: ((after ?? before) as { id: string }).id,
      action,
      modelProjectId: null,
      before,
      after,
    });
  }
}
