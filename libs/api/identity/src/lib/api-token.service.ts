import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { Actor } from '@masswerk/shared/domain';
import { Clock, DomainError, ErrorReason } from '@masswerk/api/core';
import { AuditService } from '@masswerk/api/audit';
import { ApiTokenEntity } from './entities';
import { CreateApiTokenInput } from './dtos/identity.inputs';
import { API_TOKEN_PREFIX, hashToken, newSecret } from './secrets';

const MAX_ACTIVE_TOKENS = 20;

/** Personal API tokens: created and revoked by their owner, stored hashed, shown once. */
@Injectable()
export class ApiTokenService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  list(actor: Actor): Promise<ApiTokenEntity[]> {
    if (!actor.userId) throw DomainError.unauthenticated();
    return this.dataSource
      .getRepository(ApiTokenEntity)
      .find({ where: { userId: actor.userId }, order: { createdAt: 'DESC' } });
  }

  async create(actor: Actor, input: CreateApiTokenInput): Promise<{ token: ApiTokenEntity; secret: string }> {
    if (!actor.userId) throw DomainError.unauthenticated();
    if (input.expiresOn && input.expiresOn < this.clock.today())
      throw DomainError.badInput('input.expiresOn', 'Das Ablaufdatum liegt in der Vergangenheit.');
    return this.dataSource.transaction(async (manager) => {
      const active = await manager.countBy(ApiTokenEntity, { userId: actor.userId as string, revokedAt: IsNull() });
      if (active >= MAX_ACTIVE_TOKENS)
        throw DomainError.conflict(
          ErrorReason.QUOTA_REACHED,
          `Höchstens ${MAX_ACTIVE_TOKENS} aktive Tokens; widerrufen Sie zuerst einen.`,
        );
      const secret = newSecret(API_TOKEN_PREFIX);
      const token = await manager.save(
        manager.create(ApiTokenEntity, {
          userId: actor.userId as string,
          name: input.name.trim(),
          tokenHash: hashToken(secret),
          tokenPrefix: secret.slice(0, API_TOKEN_PREFIX.length + 6),
          expiresOn: input.expiresOn ?? null,
        }),
      );
      const { tokenHash: _hash, ...visible } = token;
      await this.audit.record(manager, actor, {
        entityType: 'ApiToken',
        entityId: token.id,
        action: 'CREATE',
        modelProjectId: null,
        after: visible,
      });
      return { token, secret };
    });
  }

  async revoke(actor: Actor, id: string): Promise<ApiTokenEntity> {
    return this.dataSource.transaction(async (manager) => {
      const token = await manager.findOneBy(ApiTokenEntity, { id });
      if (!token || token.userId !== actor.userId) throw DomainError.notFound('API-Token', id);
      if (token.revokedAt) return token;
      await manager.update(ApiTokenEntity, { id }, { revokedAt: new Date() });
      const after = await manager.findOneByOrFail(ApiTokenEntity, { id });
      await this.audit.record(manager, actor, {
        entityType: 'ApiToken',
        entityId: id,
        action: 'UPDATE',
        modelProjectId: null,
        before: token,
        after,
      });
      return after;
    });
  }
}
