import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LoaderRegistry } from '@masswerk/api/core';
import type { AppConfig, RequestContext } from '@masswerk/api/core';
import { ActorService, CSRF_HEADER, safeEqual, SESSION_COOKIE } from '@masswerk/api/identity';

declare module 'fastify' {
  interface FastifyRequest {
    masswerk?: RequestContext;
  }
}

const API_PATHS = /^\/(graphql|api)(\/|\?|$)/;

/**
 * Recognises the caller of every API request once (session cookie or API token) and attaches the request context.
 * Requests authenticated by the session cookie must prove they come from our own pages: state-changing methods carry
 * the CSRF token (double submit, as Angular's HttpClient does by default).
 */
export function registerRequestContext(fastify: FastifyInstance, actors: ActorService, config: AppConfig): void {
  fastify.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
    if (!API_PATHS.test(req.url)) return;
    const resolved = await actors.resolve(
      req.headers.authorization,
      req.cookies?.[SESSION_COOKIE],
      config.sessionIdleHours,
    );
    if (resolved.method === 'session' && req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS') {
      const header = req.headers[CSRF_HEADER];
      if (typeof header !== 'string' || !resolved.csrfToken || !safeEqual(header, resolved.csrfToken)) {
        reply
          .code(403)
          .type('application/json')
          .send({
            errors: [
              {
                message: 'Sicherheitsprüfung fehlgeschlagen (CSRF). Bitte laden Sie die Seite neu.',
                extensions: { code: 'FORBIDDEN', reason: 'CSRF' },
              },
            ],
          });
        return reply;
      }
    }
    req.masswerk = {
      req,
      reply,
      actor: resolved.actor,
      loaders: new LoaderRegistry(),
      authMethod: resolved.method,
      sessionId: resolved.sessionId,
    };
    return undefined;
  });
}
