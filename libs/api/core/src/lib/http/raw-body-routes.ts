import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { IncomingMessage } from 'node:http';

type Done = (error: Error | null, body?: unknown) => void;

/**
 * A route that takes a body Fastify has no parser for (a file): it says which requests are its own and how to read
 * their body. Each library declares its route beside the handler (imports, documents); the app registers them all.
 */
export interface RawBodyRoute {
  owns(req: FastifyRequest): boolean;
  parse(req: FastifyRequest, payload: IncomingMessage, done: Done): void;
}

/**
 * Fastify allows one parser for `*`: this one hands each request to the route that owns it, and answers every other
 * request with an unparsed content type as Fastify would (415). The routes count their own limits while they read
 * (or stream the body themselves), so Fastify's body limit does not apply here.
 */
export function registerRawBodyRoutes(fastify: FastifyInstance, routes: readonly RawBodyRoute[]): void {
  fastify.addContentTypeParser('*', { bodyLimit: Number.MAX_SAFE_INTEGER }, (req, payload, done) => {
    const route = routes.find((r) => r.owns(req));
    if (route) {
      route.parse(req, payload, done);
      return;
    }
    done(
      Object.assign(new Error(`Unsupported Media Type: ${String(req.headers['content-type'] ?? '')}`.slice(0, 200)), {
        statusCode: 415,
        code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE',
      }),
    );
  });
}
