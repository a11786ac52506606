import type { FastifyReply } from 'fastify';
import type { AppConfig } from '@masswerk/api/core';
import type { NewSession } from './auth.service';
import { CSRF_COOKIE, SESSION_COOKIE } from './secrets';

/**
 * Browser-session cookies: the server decides when a session ends (SESSION_IDLE_HOURS after its last use, pushed
 * out with every use), so a fixed expiry on the cookie would end an active session early.
 */
export function setSessionCookies(reply: FastifyReply, session: NewSession, config: AppConfig): void {
  const cookie = { path: '/', sameSite: 'strict' as const, secure: config.secureCookies };
  reply.setCookie(SESSION_COOKIE, session.sessionToken, { ...cookie, httpOnly: true });
  reply.setCookie(CSRF_COOKIE, session.csrfToken, { ...cookie, httpOnly: false });
}
