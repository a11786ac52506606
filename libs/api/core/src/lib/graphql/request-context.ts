import type { FastifyReply, FastifyRequest } from 'fastify';
import { Actor } from '@masswerk/shared/domain';
import { LoaderRegistry } from './loader-registry';

/** What every resolver can reach for one request. */
export interface RequestContext {
  req: FastifyRequest;
  reply: FastifyReply;
  actor: Actor;
  loaders: LoaderRegistry;
  /** How the actor was recognised; session requests must pass the CSRF check. */
  authMethod: 'session' | 'token' | 'none';
  sessionId: string | null;
}
