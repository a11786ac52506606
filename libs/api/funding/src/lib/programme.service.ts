import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { Actor, percentToBasisPoints, ProgrammeRules } from '@masswerk/shared/domain';
import { DomainError, lockById, LoaderRegistry, updateVersioned } from '@masswerk/api/core';
import { AuditService } from '@masswerk/api/audit';
import { CostCategoryEntity, FundingProgrammeEntity } from './funding.entities';
import { CreateCostCategoryInput, UpdateCostCategoryInput, UpdateFundingProgrammeInput } from './dtos/funding.inputs';

export const PROGRAMME_CODE = 'MPSC-436';

export function rulesOf(p: FundingProgrammeEntity): ProgrammeRules {
  return {
    standardRate: p.standardRateBp,
    emergencyRate: p.emergencyRateBp,
    phaseACap: p.phaseACapCents,
    phaseAMeasuresCap: p.phaseAMeasuresCapCents,
    phaseBCap: p.phaseBCapCents,
    proofMonthsA: p.proofMonthsA,
    proofMonthsB: p.proofMonthsB,
    interimProofMonths: p.interimProofMonths,
  };
}

/** The funding programme and the cost categories: reference data, read by everyone, changed by the operator. */
@Injectable()
export class ProgrammeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The programme, loaded once per request. */
  programmeLoader(loaders: LoaderRegistry): DataLoader<string, FundingProgrammeEntity> {
    return loaders.get(
      Symbol.for('fundingProgramme'),
      () =>
        new DataLoader(async (codes: readonly string[]) => {
          const rows = await this.dataSource.getRepository(FundingProgrammeEntity).find();
          return codes.map((code) => rows.find((r) => r.code === code) ?? new Error(`Förderprogramm ${code} fehlt.`));
        }),
    );
  }

  categories(includeInactive: boolean): Promise<CostCategoryEntity[]> {
    return this.dataSource
      .getRepository(CostCategoryEntity)
      .find({ where: includeInactive ? {} : { active: true }, order: { sortOrder: 'ASC', name: 'ASC' } });
  }

  async updateProgramme(actor: Actor, input: UpdateFundingProgrammeInput): Promise<FundingProgrammeEntity> {
    if (!actor.isPlatformAdmin) throw DomainError.forbidden();
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
      await this.audit.record(m, actor, {
        entityType: 'FundingProgramme',
        entityId: after.id,
        action: 'UPDATE',
        modelProjectId: null,
        before,
        after,
      });
      return after;
    });
  }

  async createCategory(actor: Actor, input: CreateCostCategoryInput): Promise<CostCategoryEntity> {
    if (!actor.isPlatformAdmin) throw DomainError.forbidden();
    return this.dataSource.transaction(async (m) => {
      if (await m.existsBy(CostCategoryEntity, { code: input.code }))
        throw DomainError.conflict(`Die Kostenart ${input.code} gibt es bereits.`, { field: 'input.code' });
      const saved = await m.save(
        m.create(CostCategoryEntity, {
          code: input.code,
          name: input.name.trim(),
          sortOrder: input.sortOrder ?? 99,
          active: true,
        }),
      );
      await this.audit.record(m, actor, {
        entityType: 'CostCategory',
        entityId: saved.id,
        action: 'CREATE',
        modelProjectId: null,
        after: saved,
      });
      return saved;
    });
  }

  async updateCategory(actor: Actor, input: UpdateCostCategoryInput): Promise<CostCategoryEntity> {
    if (!actor.isPlatformAdmin) throw DomainError.forbidden();
    return this.dataSource.transaction(async (m) => {
      const before = await lockById(m, CostCategoryEntity, input.id, 'Kostenart');
      const { id, version, ...rest } = input;
      const patch = Object.fromEntries(
        Object.entries(rest).filter(([, v]) => v !== undefined),
      ) as Partial<CostCategoryEntity>;
      const after = await updateVersioned(m, CostCategoryEntity, id, version, patch, 'Kostenart');
      await this.audit.record(m, actor, {
        entityType: 'CostCategory',
        entityId: id,
        action: 'UPDATE',
        modelProjectId: null,
        before,
        after,
      });
      return after;
    });
  }
}
