import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { DocumentNode, Kind, OperationDefinitionNode, parse } from 'graphql';
import type { DataSource } from 'typeorm';
import type { ModulesContainer } from '@nestjs/core';
import { CACHED_READ_KEY } from '@masswerk/api/core';
import type { Clock } from '@masswerk/api/core';

/** Metadata @nestjs/graphql writes on resolver methods (its constants are not exported). */
const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';

/** The root queries that carry a metadata key on their resolver method, as `{ type, key, method, field }`. */
export function declaredQueries(
  modules: ModulesContainer,
  metadataKey: string,
): { type: new (...args: never[]) => unknown; key: string; field: string; method: object }[] {
  const found: { type: new (...args: never[]) => unknown; key: string; field: string; method: object }[] = [];
  for (const module of modules.values()) {
    for (const wrapper of module.providers.values()) {
      const type = wrapper.metatype as (new (...args: never[]) => unknown) | undefined;
      if (!type?.prototype) continue;
      for (const key of Object.getOwnPropertyNames(type.prototype)) {
        const method = Object.getOwnPropertyDescriptor(type.prototype, key)?.value;
        if (typeof method !== 'function' || !Reflect.getMetadata(metadataKey, method)) continue;
        if (Reflect.getMetadata(RESOLVER_TYPE, method) !== 'Query')
          throw new Error(`${metadataKey} on ${type.name}.${key}, which is no root query`);
        found.push({ type, key, method, field: Reflect.getMetadata(RESOLVER_NAME, method) ?? key });
      }
    }
  }
  return found;
}

/**
 * The root queries of the read model, as they declare themselves with `@CachedRead()` where they are defined,
 * collected from the application's providers at start-up. Account-related queries (viewer, API tokens, members,
 * invitations) never carry it; `read-cache.integration-spec.ts` checks that none does.
 */
export function collectCachedReadFields(modules: ModulesContainer): Set<string> {
  return new Set(declaredQueries(modules, CACHED_READ_KEY).map((q) => q.field));
}

const EPOCH_SQL = `
  SELECT (SELECT epoch FROM cache_epoch_global WHERE id = 1)
       + coalesce((SELECT sum(epoch) FROM cache_epoch_project WHERE $1::boolean OR model_project_id = ANY($2::uuid[])), 0)
       AS epoch`;

interface Entry {
  epoch: string;
  bytes: number;
  payload: string;
  contentType: string;
}

export interface ReadCacheOptions {
  /** Upper bound of the memory held by cached answers, in bytes; 0 turns the cache off. */
  maxBytes: number;
}

/**
 * A cache of read-only GraphQL answers, per viewer, valid while the data they were computed from is unchanged.
 * Every change raises an epoch counter in the database (triggers, same transaction), per model project or globally;
 * a request reads the sum of the epochs of the projects its viewer may see (one indexed statement) and reuses an
 * answer only if it was computed under the same sum. Anonymous requests, mutations, answers with errors and queries
 * outside the read model are never cached.
 */
export class ReadCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  hits = 0;
  misses = 0;

  constructor(private readonly options: ReadCacheOptions) {}

  get enabled(): boolean {
    return this.options.maxBytes > 0;
  }

  get(key: string, epoch: string): { payload: string; contentType: string } | null {
    const entry = this.entries.get(key);
    if (!entry || entry.epoch !== epoch) return null;
    this.entries.delete(key); // most recently used goes last
    this.entries.set(key, entry);
    return entry;
  }

  set(key: string, epoch: string, payload: string, contentType: string): void {
    const bytes = 2 * payload.length; // JavaScript strings: two bytes per character
    if (bytes > this.options.maxBytes / 8) return; // one answer never crowds out the rest
    this.delete(key);
    this.entries.set(key, { epoch, bytes, payload, contentType });
    this.bytes += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.options.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.bytes;
    }
  }

  get size(): number {
    return this.entries.size;
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }
}

export function isCacheableOperation(
  operation: OperationDefinitionNode | undefined,
  cacheableFields: ReadonlySet<string>,
): boolean {
  if (!operation || operation.operation !== 'query') return false;
  return operation.selectionSet.selections.every(
    (s) => s.kind === Kind.FIELD && (s.name.value === '__typename' || cacheableFields.has(s.name.value)),
  );
}

/** A document and the operation named, as one key for the per-document memories (read cache, compiled reads). */
export function documentKey(query: string, operationName: unknown): string {
  return createHash('sha256')
    .update(String(operationName ?? ''))
    .update('\u0000')
    .update(query)
    .digest('base64url');
}

/** The operation a request asks for, as Apollo picks it: by name, or the only one; undefined otherwise. */
export function selectOperation(document: DocumentNode, operationName: unknown): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (typeof operationName === 'string') return operations.find((o) => o.name?.value === operationName);
  return operations.length === 1 ? operations[0] : undefined;
}

/** Per set of fields (the read cache's, the shared HTTP cache's): whether a document is cacheable, by its hash. */
const cacheableDocuments = new WeakMap<ReadonlySet<string>, Map<string, boolean>>();

/**
 * Whether a request's document is one read-model query: remembered per hash of the document (bounded in count and
 * size), parsed with the same token limit as Apollo's, so a large document costs no more here than there.
 */
export function isCacheableDocument(
  query: string,
  operationName: unknown,
  cacheableFields: ReadonlySet<string>,
  maxTokens = 5000,
): boolean {
  const key = documentKey(query, operationName);
  let known = cacheableDocuments.get(cacheableFields);
  if (!known) cacheableDocuments.set(cacheableFields, (known = new Map()));
  let cacheable = known.get(key);
  if (cacheable === undefined) {
    try {
      cacheable = isCacheableOperation(selectOperation(parse(query, { maxTokens }), operationName), cacheableFields);
    } catch {
      cacheable = false; // Apollo answers with the syntax error
    }
    if (known.size >= 1000) known.clear();
    known.set(key, cacheable);
  }
  return cacheable;
}

/** `"errors":[` with unescaped quotes can only be a key: GraphQL answers with errors are never stored. */
export const HAS_ERRORS = /"errors":\s*\[/;

/**
 * Serves cached answers before Apollo sees the request (after sign-in, CSRF and CORS checks, which run in
 * `onRequest`), and stores Apollo's serialised answer on the way out.
 */
export function registerReadCache(
  fastify: FastifyInstance,
  cache: ReadCache,
  dataSource: DataSource,
  clock: Clock,
  maxTokens: number,
  cacheableFields: ReadonlySet<string>,
): void {
  if (!cache.enabled) return;
  const pending = new WeakMap<FastifyRequest, { key: string; epoch: string; done: () => void }>();
  // One computation per answer: identical requests that arrive while it runs wait for it (single flight).
  const inFlight = new Map<string, Promise<void>>();
  const finish = (req: FastifyRequest) => {
    pending.get(req)?.done();
    pending.delete(req);
  };

  fastify.addHook('preHandler', async (req: FastifyRequest, reply: FastifyReply) => {
    if (req.method !== 'POST' || req.url.split('?')[0] !== '/graphql') return;
    const actor = req.masswerk?.actor;
    if (!actor?.userId || !String(req.headers['content-type'] ?? '').startsWith('application/json')) return;
    const body = req.body as { query?: unknown; variables?: unknown; operationName?: unknown } | null;
    if (!body || Array.isArray(body) || typeof body.query !== 'string') return;
    if (!isCacheableDocument(body.query, body.operationName, cacheableFields, maxTokens)) return;

    const projects = [...actor.memberships.map((m) => m.projectId), ...actor.peerProjectIds];
    const [row] = await dataSource.query(EPOCH_SQL, [actor.isPlatformAdmin, projects]);
    const epoch = String(row.epoch);
    const key = createHash('sha256')
      .update(
        JSON.stringify([
          actor.userId,
          actor.isPlatformAdmin,
          actor.memberships,
          actor.peerProjectIds,
          clock.today(),
          req.headers.accept ?? '',
          body.operationName ?? null,
          body.query,
          body.variables ?? {},
        ]),
      )
      .digest('base64url');
    const flightKey = `${key}@${epoch}`;
    const running = inFlight.get(flightKey);
    if (running) await Promise.race([running, new Promise((resolve) => setTimeout(resolve, 60_000))]);
    const hit = cache.get(key, epoch);
    if (hit) {
      cache.hits++;
      return reply.code(200).header('content-type', hit.contentType).send(hit.payload);
    }
    cache.misses++;
    if (!running) {
      let done: () => void = () => undefined;
      inFlight.set(flightKey, new Promise<void>((resolve) => (done = resolve)));
      pending.set(req, {
        key,
        epoch,
        done: () => {
          inFlight.delete(flightKey);
          done();
        },
      });
    }
    return;
  });

  fastify.addHook('onSend', async (req: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    const entry = pending.get(req);
    if (entry && reply.statusCode === 200 && typeof payload === 'string' && !HAS_ERRORS.test(payload)) {
      cache.set(entry.key, entry.epoch, payload, String(reply.getHeader('content-type') ?? 'application/json'));
    }
    finish(req);
    return payload;
  });
  // whatever happened to the request (an error, a client that went away): release those waiting for it
  fastify.addHook('onResponse', async (req: FastifyRequest) => finish(req));
  fastify.addHook('onRequestAbort', async (req: FastifyRequest) => finish(req));
}
