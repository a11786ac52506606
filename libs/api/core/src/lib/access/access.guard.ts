import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ACCESS_POLICY_KEY, AccessPolicy, requestContextOf } from './access.decorator';
import { DomainError, ErrorReason } from '../errors/domain-error';

const SESSION_ONLY =
  'Konten, Mitgliedschaften, Rollen, Einladungen und API-Tokens verwalten Sie nur angemeldet im Dashboard, nicht mit einem API-Token.';

/** The global gate: reads the declared policy and refuses when it is missing or not met. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const policies = this.reflector.getAllAndOverride<AccessPolicy[] | undefined>(ACCESS_POLICY_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!policies?.length) throw DomainError.forbidden('Für diese Operation ist keine Zugriffsregel hinterlegt.');
    if (policies.includes(AccessPolicy.PUBLIC)) return true;
    const ctx = requestContextOf(context);
    if (!ctx?.actor?.isAuthenticated) throw DomainError.unauthenticated();
    if (policies.includes(AccessPolicy.SESSION) && ctx.authMethod !== 'session')
      throw DomainError.forbidden(SESSION_ONLY, ErrorReason.SESSION_ONLY);
    if (policies.includes(AccessPolicy.PLATFORM_ADMIN) && !ctx.actor.isPlatformAdmin) throw DomainError.forbidden();
    return true;
  }
}
