import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import type { ModulesContainer } from '@nestjs/core';
import { ACCESS_POLICY_KEY, AccessPolicy, SHARED_READ_KEY } from '@masswerk/api/core';
import { SESSION_COOKIE } from '@masswerk/api/identity';
import { declaredQueries, HAS_ERRORS, isCacheableDocument } from './read-cache';

/**
 * The root queries anyone may read and every anonymous caller reads alike, as they declare themselves with
 * `@SharedRead()`. Each must also be `@Access(AccessPolicy.PUBLIC)`: start-up fails otherwise.
 */
export function collectSharedReadFields(modules: ModulesContainer): Set<string> {
  const fields = new Set<string>();
  for (const { type, key, method, field } of declaredQueries(modules, SHARED_READ_KEY)) {
    const policies: AccessPolicy[] | undefined =
      Reflect.getMetadata(ACCESS_POLICY_KEY, method) ?? Reflect.getMetadata(ACCESS_POLICY_KEY, type);
    if (!policies?.includes(AccessPolicy.PUBLIC))
      throw new Error(`@SharedRead() on ${type.name}.${key}, which is not @Access(AccessPolicy.PUBLIC)`);
    fields.add(field);
  }
  return fields;
}

export interface PublicHttpCacheOptions {
  /** `s-maxage` of a shareable answer, in seconds; 0: nothing is shareable (every answer `no-store`). */
  maxAgeSeconds: number;
  /** The token limit of Apollo's parser, so that a large document costs no more here than there. */
  maxTokens: number;
}

/** An answer a shared cache may hold is the same for every caller who sends none of these. */
const VARY = 'Accept, Cookie, Authorization';

/**
 * HTTP caching of the public read model (decision 0074, amended). An anonymous GET of /graphql whose operation selects only
 * `@SharedRead()` root queries and whose answer is a 200 without errors is answered with `Cache-Control: public`, a
 * strong ETag over the body and `Vary: Accept, Cookie, Authorization`; a matching `If-None-Match` gets 304 without a
 * body. Every other answer of /graphql (signed in, POST, mutations, other queries, errors) is `no-store`.
 */
export function registerPublicHttpCache(
  fastify: FastifyInstance,
  sharedFields: ReadonlySet<string>,
  options: PublicHttpCacheOptions,
): void {
  // a shared cache (a reverse proxy, a CDN) keeps the answer for `s-maxage`; a browser revalidates it at every use
  // (a 304 when nothing changed), so a visitor who reloads after a release sees it at once
  const cacheControl = `public, max-age=0, must-revalidate, s-maxage=${options.maxAgeSeconds}`;
  fastify.addHook('onSend', async (req: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    if (req.url.split('?')[0] !== '/graphql' || req.method === 'OPTIONS') return payload;
    const shareable =
      options.maxAgeSeconds > 0 &&
      reply.statusCode === 200 &&
      typeof payload === 'string' &&
      isAnonymousSharedRead(req, sharedFields, options.maxTokens) &&
      !HAS_ERRORS.test(payload);
    if (!shareable) {
      reply.header('cache-control', 'no-store');
      return payload;
    }
    const etag = `"${createHash('sha256').update(payload).digest('base64url')}"`;
    reply.header('cache-control', cacheControl).header('etag', etag).header('vary', VARY);
    if (!matches(req.headers['if-none-match'], etag)) return payload;
    reply.code(304).removeHeader('content-type');
    reply.removeHeader('content-length');
    return null;
  });
}

/** GET without session cookie, token or any other sign-in, of an operation made only of shareable root queries. */
function isAnonymousSharedRead(req: FastifyRequest, sharedFields: ReadonlySet<string>, maxTokens: number): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (req.headers.authorization || req.cookies?.[SESSION_COOKIE]) return false;
  const context = req.masswerk;
  if (!context || context.actor.isAuthenticated || context.authMethod !== 'none') return false;
  const params = req.query as { query?: unknown; operationName?: unknown } | undefined;
  if (typeof params?.query !== 'string') return false;
  return isCacheableDocument(params.query, params.operationName, sharedFields, maxTokens);
}

/** `If-None-Match` with weak comparison (RFC 9110 13.1.2): a list of tags, `W/` ignored, or `*`. */
function matches(header: string | string[] | undefined, etag: string): boolean {
  if (!header) return false;
  const tags = (Array.isArray(header) ? header.join(',') : header).split(',').map((t) => t.trim());
  return tags.some((t) => t === '*' || t.replace(/^W\//, '') === etag);
}
