import type { RawBodyRoute } from '@masswerk/api/core';

/** The upload route; only its bodies are left unread for the handler to stream. */
const UPLOAD_PATH = /^\/api\/documents\/[^/?]+\/[^/?]+(\?|$)/;

/**
 * Lets the upload route read its body as a stream (`req.raw`), whatever Content-Type the client sends: the kind of a
 * document is read from its content, and its size counted while it streams into the database, so no parser may
 * buffer it first.
 */
export const documentUploadRoute: RawBodyRoute = {
  owns: (req) => req.method === 'POST' && UPLOAD_PATH.test(req.url),
  parse: (_req, _payload, done) => done(null, undefined),
};
