import { createHash } from 'node:crypto';

/** A strong validator from the bytes themselves: the same data gives the same tag on every instance. */
export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body, 'utf8').digest('base64url').slice(0, 32)}"`;
}

/** Whether `If-None-Match` names the tag (a list, weak tags compared weakly as RFC 9110 says for GET, or `*`). */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}
