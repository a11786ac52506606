import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Actor } from '@masswerk/shared/domain';
import type { RequestContext } from '../graphql/request-context';

/**
 * Who may call an operation at all. Finer rules (which project, which measure) are checked by the services against
 * the record; this is the gate in front of them. Every resolver and controller declares one, at class or method level;
 * an operation without a declaration is refused (and a test lists it).
 */
export enum AccessPolicy {
  /** Anyone, signed in or not: sign-in, health. */
  PUBLIC = 'PUBLIC',
  /** Any signed-in user; the service narrows to what the user may see. */
  AUTHENTICATED = 'AUTHENTICATED',
  /**
   * A signed-in user in the dashboard (session cookie), never an API token: every operation on accounts, memberships,
   * roles, invitations and tokens, so that a leaked token can neither mint a replacement, nor lock its owner or
   * anyone else out, nor hand out roles (decisions 0024 and 0041). `session-only.integration-spec.ts` finds such
   * operations in the schema and proves each refuses a token.
   */
  SESSION = 'SESSION',
  /** Operators of the instance: territorial units, clusters, model projects. */
  PLATFORM_ADMIN = 'PLATFORM_ADMIN',
}

export const ACCESS_POLICY_KEY = 'masswerk:access-policy';

/**
 * Declares who may call an operation; with several policies, all must hold (e.g. `PLATFORM_ADMIN, SESSION` for
 * disabling an account: an operator, and never with a token).
 */
export const Access = (...policies: [AccessPolicy, ...AccessPolicy[]]) => SetMetadata(ACCESS_POLICY_KEY, policies);

export function requestContextOf(context: ExecutionContext): RequestContext {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<RequestContext>();
  }
  const req = context.switchToHttp().getRequest();
  return req.masswerk as RequestContext;
}

/** The person behind the request (anonymous when not signed in). */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  return requestContextOf(context)?.actor ?? Actor.anonymous();
});

/** The whole request context (loaders, actor), for field resolvers that batch. */
export const Ctx = createParamDecorator(
  (_data: unknown, context: ExecutionContext): RequestContext => requestContextOf(context),
);
