import type { FastifyInstance } from 'fastify';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '@masswerk/api/core';

/** A page of a project on the public site: `/oeffentlich/<CODE>` and below. */
const PROJECT_PAGE = /^\/oeffentlich\/([^/]{1,100})(?:\/|$)/;
/** The embeddable summary of a project (decision 0073), the one page other sites may frame. */
const EMBED_PAGE = /^\/oeffentlich\/[^/]{1,100}\/einbettung\/?$/;

/**
 * Headers of the public site's pages that depend on the project (issue 16, decision 0073), set on the app shell as it
 * is sent (helmet has set the site-wide ones on the raw response by then):
 * - the embeddable summary may be framed by the configured sites (`PUBLIC_EMBED_ANCESTORS`): its CSP names them in
 *   `frame-ancestors` and it has no `X-Frame-Options` (which knows no list of sites); every other page keeps
 *   `frame-ancestors 'none'`;
 * - the pages of a project that asks not to be indexed say `X-Robots-Tag: noindex` (the page's robots meta says the
 *   same, but only to crawlers that run scripts), those of the others `all`. The open-data files say nothing: open
 *   data is meant to be found.
 */
export function registerPublicPages(fastify: FastifyInstance, config: AppConfig, dataSource: DataSource): void {
  const frameAncestors = `frame-ancestors ${config.publicEmbed.frameAncestors.join(' ')}`;
  fastify.addHook('onSend', async (request, reply, payload) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return payload;
    // the shell, or "not modified": a 304's headers replace the cached ones, so it must carry the same
    if (reply.statusCode !== 200 && reply.statusCode !== 304) return payload;
    const path = request.url.split('?')[0];
    const project = PROJECT_PAGE.exec(path);
    if (!project) return payload;
    if (EMBED_PAGE.test(path)) {
      const csp = reply.raw.getHeader('content-security-policy');
      if (typeof csp === 'string')
        reply.raw.setHeader('content-security-policy', csp.replace(/frame-ancestors [^;]*/, frameAncestors));
      reply.raw.removeHeader('x-frame-options');
    }
    // said either way: a browser or crawler that revalidates its copy keeps a header the 304 does not replace
    reply.header('x-robots-tag', (await asksNoindex(dataSource, project[1])) ? 'noindex' : 'all');
    // these headers change with the project's settings: revalidated on every visit, never kept for an hour
    reply.header('cache-control', 'no-cache');
    return payload;
  });
}

async function asksNoindex(dataSource: DataSource, rawCode: string): Promise<boolean> {
  let code: string;
  try {
    code = decodeURIComponent(rawCode);
  } catch {
    return false;
  }
  const rows: unknown[] = await dataSource.query(
    `SELECT 1 FROM project_publication pub JOIN model_project p ON p.id = pub.model_project_id
      WHERE p.code = $1 AND pub.noindex`,
    [code],
  );
  return rows.length > 0;
}
