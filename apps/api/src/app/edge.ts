import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, ErrorCode, ErrorReason, problemBody } from '@masswerk/api/core';
import { MAX_VARIABLE_DEPTH } from './graphql-input';

/** Nesting of a JSON request body: a GraphQL request with its deepest variables, and some room. */
export const MAX_BODY_DEPTH = MAX_VARIABLE_DEPTH + 8;

/**
 * How deep a JSON text nests arrays and objects, in one pass over its characters, without parsing it (so a body of
 * 5,000 levels is refused before anything recurses through it). Returns early once beyond `limit`.
 */
export function jsonDepth(text: string, limit = Infinity): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > max) {
        max = depth;
        if (max > limit) return max;
      }
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return max;
}

/** Percent-escapes that decode to a zero byte, or that are not escapes at all; a raw zero byte is tested apart. */
const BAD_URL = /%00|%(?![0-9a-f]{2})/i;

function refuse(req: FastifyRequest, reply: FastifyReply, status: number, error: DomainError): FastifyReply {
  return reply
    .code(status)
    .type('application/json; charset=utf-8')
    .send(problemBody(req.url ?? '', error));
}

/**
 * What is refused before anything else looks at a request: a request line without HTTP version or Host (HTTP/0.9
 * style), a URL with a zero byte or broken escapes, and JSON nested beyond MAX_BODY_DEPTH. Each gets 400 with a
 * stable code and reason, in the shape the route's clients expect.
 */
export function registerEdgeGuards(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', async (req, reply) => {
    if (req.raw.httpVersionMajor < 1 || !req.headers.host) {
      return refuse(
        req,
        reply,
        400,
        new DomainError(
          ErrorCode.BAD_USER_INPUT,
          'Die Anfrage ist kein gültiges HTTP/1.1 (Version oder Host fehlen).',
          {},
          ErrorReason.MALFORMED_REQUEST,
        ),
      );
    }
    if (BAD_URL.test(req.url) || req.url.includes(String.fromCharCode(0))) {
      return refuse(
        req,
        reply,
        400,
        DomainError.badInput('url', 'Die Adresse enthält ein unzulässiges Zeichen.', ErrorReason.INVALID_CHARACTER),
      );
    }
    return undefined;
  });

  const parseJson = fastify.getDefaultJsonParser('error', 'ignore');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (jsonDepth(text, MAX_BODY_DEPTH) > MAX_BODY_DEPTH) {
      done(
        new DomainError(
          ErrorCode.BAD_USER_INPUT,
          `Der Inhalt der Anfrage ist tiefer als ${MAX_BODY_DEPTH} Ebenen verschachtelt.`,
          { limit: 'bodyDepth', maxDepth: MAX_BODY_DEPTH },
          ErrorReason.LIMIT_EXCEEDED,
        ),
        undefined,
      );
      return;
    }
    parseJson(req, text, done);
  });
}
