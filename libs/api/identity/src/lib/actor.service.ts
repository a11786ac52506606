import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, MembershipGrant } from '@masswerk/shared/domain';
import { API_TOKEN_PREFIX, hashToken } from './secrets';

export interface ResolvedActor {
  actor: Actor;
  method: 'session' | 'token' | 'none';
  sessionId: string | null;
  csrfToken: string | null;
}

interface ActorRow {
  user_id: string;
  display_name: string;
  is_platform_admin: boolean;
  session_id: string | null;
  csrf_token: string | null;
  memberships: MembershipGrant[];
  peers: string[];
}

/** The user, their memberships and their cluster peers, in one statement. */
const ACTOR_COLUMNS = `
  u.id AS user_id, u.display_name, u.is_platform_admin,
  coalesce((SELECT json_agg(json_build_object('projectId', m.model_project_id, 'role', m.role, 'unitId', m.territorial_unit_id))
              FROM membership m WHERE m.user_id = u.id), '[]') AS memberships,
  coalesce((SELECT array_agg(DISTINCT peer.id)
              FROM membership m
              JOIN model_project p ON p.id = m.model_project_id AND p.cluster_id IS NOT NULL
              JOIN model_project peer ON peer.cluster_id = p.cluster_id AND peer.id <> p.id
             WHERE m.user_id = u.id), '{}') AS peers`;

/** Recognises the caller of a request: an API token in the Authorization header, else the session cookie. */
@Injectable()
export class ActorService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async resolve(
    authorization: string | undefined,
    sessionToken: string | undefined,
    idleHours: number,
  ): Promise<ResolvedActor> {
    const bearer = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
    if (bearer?.startsWith(API_TOKEN_PREFIX)) {
      const [row]: ActorRow[] = await this.dataSource.query(
        `WITH t AS (
           SELECT id, user_id, last_used_at FROM api_token
            WHERE token_hash = $1 AND revoked_at IS NULL AND (expires_on IS NULL OR expires_on >= current_date)),
         touch AS (
           UPDATE api_token a SET last_used_at = now() FROM t
            WHERE a.id = t.id AND (t.last_used_at IS NULL OR t.last_used_at < now() - interval '1 minute'))
         SELECT NULL AS session_id, NULL AS csrf_token, ${ACTOR_COLUMNS}
           FROM t JOIN app_user u ON u.id = t.user_id WHERE u.disabled_at IS NULL`,
        [hashToken(bearer)],
      );
      return row
        ? this.toResolved(row, 'token')
        : { actor: Actor.anonymous(), method: 'none', sessionId: null, csrfToken: null };
    }
    if (sessionToken) {
      // Sliding expiry: use of the session pushes its end out by the idle time (written at most once a minute).
      const [row]: ActorRow[] = await this.dataSource.query(
        `WITH s AS (
           SELECT id, user_id, csrf_token, last_seen_at FROM user_session WHERE token_hash = $1 AND expires_at > now()),
         touch AS (
           UPDATE user_session us SET last_seen_at = now(), expires_at = now() + make_interval(hours => $2::int) FROM s
            WHERE us.id = s.id AND s.last_seen_at < now() - interval '1 minute')
         SELECT s.id AS session_id, s.csrf_token, ${ACTOR_COLUMNS}
           FROM s JOIN app_user u ON u.id = s.user_id WHERE u.disabled_at IS NULL`,
        [hashToken(sessionToken), idleHours],
      );
      if (row) return this.toResolved(row, 'session');
    }
    return { actor: Actor.anonymous(), method: 'none', sessionId: null, csrfToken: null };
  }

  async forUser(userId: string): Promise<Actor> {
    const [row]: ActorRow[] = await this.dataSource.query(
      `SELECT NULL AS session_id, NULL AS csrf_token, ${ACTOR_COLUMNS} FROM app_user u WHERE u.id = $1`,
      [userId],
    );
    return row ? this.toResolved(row, 'none').actor : Actor.anonymous();
  }

  private toResolved(row: ActorRow, method: 'session' | 'token' | 'none'): ResolvedActor {
    return {
      actor: new Actor(row.user_id, row.display_name, row.is_platform_admin, row.memberships, row.peers),
      method,
      sessionId: row.session_id,
      csrfToken: row.csrf_token,
    };
  }
}
