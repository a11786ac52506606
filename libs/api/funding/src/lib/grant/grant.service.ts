import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, fundingRate, percentToBasisPoints, Permission, splitShares } from '@masswerk/shared/domain';
import { DomainError, ErrorReason, rowsByColumnLoader, LoaderRegistry, Versioned } from '@masswerk/api/core';
import { AccessService } from '@masswerk/api/access';
import { AuditService, projectRecord } from '@masswerk/api/audit';
import type { RecordKind } from '@masswerk/api/audit';
import { GrantEntity } from './grant.entity';
import { CallOffEntity } from './call-off.entity';
import { ProofEntity } from './proof.entity';
import { FundingProgrammeEntity } from '../programme/programme.entity';
import {
  CreateCallOffInput,
  CreateGrantInput,
  CreateProofInput,
  UpdateCallOffInput,
  UpdateGrantInput,
  UpdateProofInput,
} from './dtos/grant.inputs';
import { rulesOf } from '../programme/programme.mapper';

type ProjectOwned = Versioned & { modelProjectId: string };

const GRANT = projectRecord(GrantEntity, 'Grant', 'Zusage');
const CALL_OFF = projectRecord(CallOffEntity, 'CallOff', 'Mittelabruf');
const PROOF = projectRecord(ProofEntity, 'Proof', 'Nachweis');

/** Grants (Zusagen), call-offs (Mittelabrufe) and proofs of use: the project office keeps them; members read them. */
@Injectable()
export class GrantService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  grantsLoader(loaders: LoaderRegistry): DataLoader<string, GrantEntity[]> {
    return rowsByColumnLoader(loaders, Symbol.for('grantsByProject'), this.dataSource, GrantEntity, 'modelProjectId', {
      phase: 'ASC',
    });
  }

  callOffsLoader(loaders: LoaderRegistry): DataLoader<string, CallOffEntity[]> {
    return rowsByColumnLoader(
      loaders,
      Symbol.for('callOffsByProject'),
      this.dataSource,
      CallOffEntity,
      'modelProjectId',
      { requestedOn: 'ASC', id: 'ASC' },
    );
  }

  proofsLoader(loaders: LoaderRegistry): DataLoader<string, ProofEntity[]> {
    return rowsByColumnLoader(loaders, Symbol.for('proofsByProject'), this.dataSource, ProofEntity, 'modelProjectId', {
      periodEnd: 'ASC',
    });
  }

  grantById(id: string): Promise<GrantEntity | null> {
    return this.dataSource.getRepository(GrantEntity).findOneBy({ id });
  }

  async createGrant(actor: Actor, input: CreateGrantInput): Promise<GrantEntity> {
    return this.change(actor, input.modelProjectId, async (m) => {
      const [project] = await m.query(
        `SELECT budgetary_emergency, funding_programme_id FROM model_project WHERE id = $1`,
        [input.modelProjectId],
      );
      if (!project) throw DomainError.badInput('input.modelProjectId', 'Das Modellprojekt existiert nicht.');
      if (await m.existsBy(GrantEntity, { modelProjectId: input.modelProjectId, phase: input.phase })) {
        throw DomainError.conflict(
          ErrorReason.ALREADY_EXISTS,
          `Für Phase ${input.phase} gibt es bereits eine Zusage; ändern Sie diese.`,
          {
            field: 'input.phase',
          },
        );
      }
      // A grant is made under the programme of its project: its rate and, in the overview, its caps.
      const programme = await m.findOneByOrFail(FundingProgrammeEntity, { id: project.funding_programme_id });
      const rate =
        input.fundingRate !== undefined
          ? percentToBasisPoints(input.fundingRate)
          : fundingRate(rulesOf(programme), project.budgetary_emergency);
      const split = splitShares(input.eligibleCosts, rate);
      const grant = m.create(GrantEntity, {
        modelProjectId: input.modelProjectId,
        programmeId: programme.id,
        phase: input.phase,
        commitmentNumber: input.commitmentNumber ?? '',
        commitmentDate: input.commitmentDate ?? null,
        periodStart: input.periodStart ?? null,
        periodEnd: input.periodEnd ?? null,
        fundingRateBp: rate,
        eligibleCostsCents: input.eligibleCosts,
        grantAmountCents: input.grantAmount ?? split.federal,
        ownShareCents: input.ownShare ?? input.eligibleCosts - (input.grantAmount ?? split.federal),
        notes: input.notes ?? '',
      });
      this.checkGrant(grant);
      return this.audit.saveCreated(m, actor, GRANT, grant);
    });
  }

  async updateGrant(actor: Actor, input: UpdateGrantInput): Promise<GrantEntity> {
    return this.update(actor, GRANT, input.id, input.version, (before) => {
      const patch: Partial<GrantEntity> = {
        ...(input.commitmentNumber !== undefined && { commitmentNumber: input.commitmentNumber }),
        ...(input.commitmentDate !== undefined && { commitmentDate: input.commitmentDate }),
        ...(input.periodStart !== undefined && { periodStart: input.periodStart }),
        ...(input.periodEnd !== undefined && { periodEnd: input.periodEnd }),
        ...(input.fundingRate !== undefined && { fundingRateBp: percentToBasisPoints(input.fundingRate) }),
        ...(input.eligibleCosts !== undefined && { eligibleCostsCents: input.eligibleCosts }),
        ...(input.grantAmount !== undefined && { grantAmountCents: input.grantAmount }),
        ...(input.ownShare !== undefined && { ownShareCents: input.ownShare }),
        ...(input.notes !== undefined && { notes: input.notes }),
      };
      this.checkGrant({ ...before, ...patch });
      return patch;
    });
  }

  /**
   * Deletes a grant that has nothing on record yet (decision 0026): call-offs and proofs are money records that must
   * stay traceable, so a grant with any is refused with CONFLICT naming them; delete those first.
   */
  deleteGrant(actor: Actor, id: string, version: number): Promise<string> {
    return this.remove(actor, GRANT, id, version, async (m) => {
      const [record]: { callOffs: number; proofs: number }[] = await m.query(
        `SELECT (SELECT count(*) FROM call_off WHERE grant_id = $1)::int AS "callOffs",
                (SELECT count(*) FROM proof WHERE grant_id = $1)::int AS proofs`,
        [id],
      );
      const kept = [
        record.callOffs && `${record.callOffs} Mittelabruf${record.callOffs > 1 ? 'e' : ''}`,
        record.proofs && `${record.proofs} Nachweis${record.proofs > 1 ? 'e' : ''}`,
      ].filter((k): k is string => !!k);
      if (kept.length) {
        throw DomainError.conflict(
          ErrorReason.HAS_TRACK_RECORD,
          `Die Zusage hat bereits ${kept.join(' und ')} und kann deshalb nicht gelöscht werden. Löschen Sie zuerst diese.`,
          { callOffs: record.callOffs, proofs: record.proofs },
        );
      }
    });
  }

  async createCallOff(actor: Actor, input: CreateCallOffInput): Promise<CallOffEntity> {
    const grant = await this.dataSource.getRepository(GrantEntity).findOneBy({ id: input.grantId });
    if (!grant) throw DomainError.badInput('input.grantId', 'Die Zusage existiert nicht.');
    return this.change(actor, grant.modelProjectId, async (m) => {
      const callOff = m.create(CallOffEntity, {
        modelProjectId: grant.modelProjectId,
        grantId: grant.id,
        requestedOn: input.requestedOn,
        amountCents: input.amount,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        status: input.status ?? 'DRAFT',
        paidOn: input.paidOn ?? null,
        reference: input.reference ?? '',
      });
      await this.checkCallOff(m, callOff, grant, null);
      return this.audit.saveCreated(m, actor, CALL_OFF, callOff);
    });
  }

  async updateCallOff(actor: Actor, input: UpdateCallOffInput): Promise<CallOffEntity> {
    return this.update(actor, CALL_OFF, input.id, input.version, async (before, m) => {
      const { id: _id, version: _version, amount, ...rest } = input;
      const patch = {
        ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)),
        ...(amount !== undefined && { amountCents: amount }),
      } as Partial<CallOffEntity>;
      const grant = await m.findOneByOrFail(GrantEntity, { id: before.grantId });
      await this.checkCallOff(m, { ...before, ...patch }, grant, before.id);
      return patch;
    });
  }

  deleteCallOff(actor: Actor, id: string, version: number): Promise<string> {
    return this.remove(actor, CALL_OFF, id, version);
  }

  async createProof(actor: Actor, input: CreateProofInput): Promise<ProofEntity> {
    const grant = await this.dataSource.getRepository(GrantEntity).findOneBy({ id: input.grantId });
    if (!grant) throw DomainError.badInput('input.grantId', 'Die Zusage existiert nicht.');
    return this.change(actor, grant.modelProjectId, async (m) => {
      if (input.periodEnd < input.periodStart)
        throw DomainError.badInput('input.periodEnd', 'Das Ende des Zeitraums liegt vor seinem Beginn.');
      if (input.kind === 'FINAL' && (await m.existsBy(ProofEntity, { grantId: grant.id, kind: 'FINAL' }))) {
        throw DomainError.conflict(
          ErrorReason.ALREADY_EXISTS,
          'Für diese Zusage gibt es bereits einen Verwendungsnachweis.',
          {
            field: 'input.kind',
          },
        );
      }
      return this.audit.saveCreated(
        m,
        actor,
        PROOF,
        m.create(ProofEntity, {
          modelProjectId: grant.modelProjectId,
          grantId: grant.id,
          kind: input.kind,
          periodStart: input.periodStart,
          periodEnd: input.periodEnd,
          submittedOn: input.submittedOn ?? null,
          notes: input.notes ?? '',
        }),
      );
    });
  }

  updateProof(actor: Actor, input: UpdateProofInput): Promise<ProofEntity> {
    return this.update(actor, PROOF, input.id, input.version, (before) => {
      const { id: _id, version: _version, ...rest } = input;
      const patch = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) as Partial<ProofEntity>;
      const next = { ...before, ...patch };
      if (next.periodEnd < next.periodStart)
        throw DomainError.badInput('input.periodEnd', 'Das Ende des Zeitraums liegt vor seinem Beginn.');
      return patch;
    });
  }

  deleteProof(actor: Actor, id: string, version: number): Promise<string> {
    return this.remove(actor, PROOF, id, version);
  }

  // ---- rules ----

  private checkGrant(
    g: Pick<GrantEntity, 'eligibleCostsCents' | 'grantAmountCents' | 'ownShareCents' | 'periodStart' | 'periodEnd'>,
  ): void {
    if (g.grantAmountCents > g.eligibleCostsCents) {
      throw DomainError.badInput(
        'input.grantAmount',
        'Die Zuwendung darf die zuwendungsfähigen Kosten nicht übersteigen.',
      );
    }
    if (g.grantAmountCents + g.ownShareCents !== g.eligibleCostsCents) {
      throw DomainError.badInput(
        'input.ownShare',
        'Zuwendung und Eigenanteil müssen zusammen die zuwendungsfähigen Kosten ergeben.',
      );
    }
    if (g.periodStart && g.periodEnd && g.periodEnd < g.periodStart)
      throw DomainError.badInput('input.periodEnd', 'Das Ende des Förderzeitraums liegt vor seinem Beginn.');
  }

  private async checkCallOff(
    m: EntityManager,
    c: Pick<CallOffEntity, 'amountCents' | 'periodStart' | 'periodEnd' | 'status' | 'paidOn'>,
    grant: GrantEntity,
    selfId: string | null,
  ): Promise<void> {
    if (c.periodEnd < c.periodStart)
      throw DomainError.badInput('input.periodEnd', 'Das Ende des Zeitraums liegt vor seinem Beginn.');
    if (c.status === 'PAID' && !c.paidOn)
      throw DomainError.badInput('input.paidOn', 'Für einen ausgezahlten Abruf ist das Auszahlungsdatum erforderlich.');
    const [{ total }] = await m.query(
      `SELECT coalesce(sum(amount_cents), 0)::text AS total FROM call_off WHERE grant_id = $1 AND status IN ('SUBMITTED','PAID') AND id IS DISTINCT FROM $2`,
      [grant.id, selfId],
    );
    const counted = c.status === 'SUBMITTED' || c.status === 'PAID' ? c.amountCents : 0n;
    if (BigInt(total) + counted > grant.grantAmountCents) {
      throw DomainError.badInput(
        'input.amount',
        'Mit diesem Abruf würden mehr Mittel abgerufen, als die Zusage gewährt.',
      );
    }
  }

  // ---- one shape for every change ----

  private change<T>(actor: Actor, projectId: string, work: (m: EntityManager) => Promise<T>): Promise<T> {
    this.access.requireAccess(actor, Permission.EDIT_PLAN, projectId);
    return this.dataSource.transaction(work);
  }

  private update<E extends ProjectOwned>(
    actor: Actor,
    kind: RecordKind<E>,
    id: string,
    version: number,
    patchOf: (before: E, m: EntityManager) => Partial<E> | Promise<Partial<E>>,
  ): Promise<E> {
    return this.dataSource.transaction((m) =>
      this.audit.updateRecorded(m, actor, kind, id, version, (before) => {
        this.access.requireAccess(actor, Permission.EDIT_PLAN, before.modelProjectId);
        return patchOf(before, m);
      }),
    );
  }

  private remove<E extends ProjectOwned>(
    actor: Actor,
    kind: RecordKind<E>,
    id: string,
    version: number,
    /** Refuses the delete (by throwing) when something depends on the record; runs under the record's lock. */
    check?: (m: EntityManager) => Promise<void>,
  ): Promise<string> {
    return this.dataSource.transaction((m) =>
      this.audit.deleteRecorded(m, actor, kind, id, version, async (before) => {
        this.access.requireAccess(actor, Permission.EDIT_PLAN, before.modelProjectId);
        await check?.(m);
      }),
    );
  }
}
