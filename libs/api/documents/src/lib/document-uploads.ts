import type { FastifyInstance } from 'fastify';

/** The upload route; only its bodies are left unread for the handler to stream. */
const UPLOAD_PATH = /^\/api\/documents\/[^/?]+\/[^/?]+(\?|$)/;

/**
 * Lets the upload route read its body as a stream (`req.raw`), whatever Content-Type the client sends: the kind of a
 * document is read from its content, and its size counted while it streams into the database, so no parser may
 * buffer it first. Every other route keeps Fastify's refusal of content types it does not parse (415).
 */
export function registerDocumentUploads(fastify: FastifyInstance): void {
  fastify.addContentTypeParser('*', (req, _payload, done) => {
    if (req.method === 'POST' && UPLOAD_PATH.test(req.url)) {
      done(null, undefined);
      return;
    }
    done(
      Object.assign(new Error(`Unsupported Media Type: ${String(req.headers['content-type'] ?? '')}`.slice(0, 200)), {
        statusCode: 415,
        code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE',
      }),
      undefined,
    );
  });
}
