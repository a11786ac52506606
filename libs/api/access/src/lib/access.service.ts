import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, MeasureResponsibility, Permission, Role } from '@masswerk/shared/domain';
import { DomainError } from '@masswerk/api/core';
import { MEASURE_LINKS } from '@masswerk/api/database';

/** What may be asked about one measure (questions about a whole project use `Permission`). */
export enum MeasureAccess {
  /** See it at all: members of its project, and cluster partners once it is published. */
  READ = 'READ',
  /** Change its plan: profile, schedule, assignees, milestones, indicators, cost plan (the project office). */
  EDIT_PLAN = 'EDIT_PLAN',
  /**
   * Report on it: status, reports, forecasts, measured values, expenditures (the project office; editors on measures
   * assigned to them or led by their municipality).
   */
  REPORT_PROGRESS = 'REPORT_PROGRESS',
}

/** What the rules need to know of a measure. */
export interface MeasureFacts extends MeasureResponsibility {
  id: string;
  published: boolean;
}

/** The part of the facts each question needs. */
export interface MeasureFactsFor {
  [MeasureAccess.READ]: Pick<MeasureFacts, 'projectId' | 'published'>;
  [MeasureAccess.EDIT_PLAN]: Pick<MeasureFacts, 'projectId'>;
  [MeasureAccess.REPORT_PROGRESS]: MeasureResponsibility;
}

/** What a refusal says when the caller names nothing more specific. */
const REFUSAL: Record<MeasureAccess, string | undefined> = {
  [MeasureAccess.READ]: undefined,
  [MeasureAccess.EDIT_PLAN]: 'Nur die Projektadministration ändert die Planung einer Maßnahme.',
  [MeasureAccess.REPORT_PROGRESS]: 'Sie können nur über Maßnahmen berichten, für die Sie verantwortlich sind.',
};

/** Project, lead municipality, visibility and assignees of many measures: one statement however many. */
const FACTS_SQL = `
  SELECT m.id, m.model_project_id AS "projectId", m.lead_unit_id AS "leadUnitId", m.published,
         ARRAY(SELECT a.${MEASURE_LINKS.assigneeIds.column}::text FROM ${MEASURE_LINKS.assigneeIds.table} a
                WHERE a.measure_id = m.id ORDER BY 1) AS "assigneeIds"
    FROM measure m
   WHERE m.id = ANY($1::uuid[])`;

/**
 * The one place that answers "may this actor do X to these projects or measures?" (immich's `requireAccess`). The rules
 * themselves are the pure ones of `@masswerk/shared/domain` (`Actor`); this service knows which rule a question needs,
 * loads the facts of measures it is asked about, and refuses with FORBIDDEN. Every domain asks it; none asks another
 * domain's service, and resolvers ask it only for the `viewer…` fields that answer such a question.
 */
@Injectable()
export class AccessService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  // ---- projects: answered from the actor's memberships, no statement ----

  can(actor: Actor, permission: Permission, projectId: string): boolean {
    return actor.can(permission, projectId);
  }

  /** Refuses (FORBIDDEN) unless the actor holds `permission` in every one of the projects. */
  requireAccess(actor: Actor, permission: Permission, projectIds: string | readonly string[], message?: string): void {
    for (const projectId of typeof projectIds === 'string' ? [projectIds] : projectIds)
      if (!actor.can(permission, projectId)) throw DomainError.forbidden(message);
  }

  /** Projects the actor sees at all: in full, or as a cluster partner. `null` means every project (the operator). */
  visibleProjectIds(actor: Actor): string[] | null {
    const full = actor.fullReadProjectIds();
    return full === null ? null : [...new Set([...full, ...actor.peerProjectIds])];
  }

  /** Projects the actor reads in full (as a member). `null` means every project (the operator). */
  memberProjectIds(actor: Actor): string[] | null {
    return actor.fullReadProjectIds();
  }

  /** Refuses (FORBIDDEN) unless the actor sees the project, in full or as a cluster partner. */
  requireVisible(actor: Actor, projectId: string): void {
    const visible = this.visibleProjectIds(actor);
    if (visible !== null && !visible.includes(projectId)) throw DomainError.forbidden();
  }

  /** The operator of the platform: programmes, cost categories, creating and deleting model projects. */
  /** An operator of the installation: reads every project, manages accounts. */
  isPlatformAdmin(actor: Actor): boolean {
    return actor.isPlatformAdmin;
  }

  requirePlatformAdmin(actor: Actor, message?: string): void {
    if (!actor.isPlatformAdmin) throw DomainError.forbidden(message);
  }

  /** The actor's role in a project as the dashboard shows it (platform administrators act as its office). */
  roleIn(actor: Actor, projectId: string): Role | null {
    return actor.isPlatformAdmin ? Role.ADMIN : actor.roleIn(projectId);
  }

  /** Every permission the actor holds in a project. */
  permissionsIn(actor: Actor, projectId: string): Permission[] {
    return Object.values(Permission).filter((p) => actor.can(p, projectId));
  }

  // ---- measures ----

  canOnMeasure<A extends MeasureAccess>(actor: Actor, access: A, measure: MeasureFactsFor[A]): boolean {
    switch (access) {
      case MeasureAccess.READ:
        return actor.canReadMeasure(measure as MeasureFactsFor[MeasureAccess.READ]);
      case MeasureAccess.EDIT_PLAN:
        return actor.can(Permission.EDIT_PLAN, measure.projectId);
      case MeasureAccess.REPORT_PROGRESS:
        return actor.canReportOn(measure as MeasureFactsFor[MeasureAccess.REPORT_PROGRESS]);
    }
    return false;
  }

  /** Refuses (FORBIDDEN) unless the actor may do `access` to the measure whose facts are known. */
  requireOnMeasure<A extends MeasureAccess>(
    actor: Actor,
    access: A,
    measure: MeasureFactsFor[A],
    message = REFUSAL[access],
  ): void {
    if (!this.canOnMeasure(actor, access, measure)) throw DomainError.forbidden(message);
  }

  /**
   * The facts of many measures in one statement, in the order of `ids`; NOT_FOUND for an id that is no measure. Pass
   * the transaction's manager to read what it has locked and written.
   */
  async measureFacts(
    ids: readonly string[],
    db: DataSource | EntityManager = this.dataSource,
  ): Promise<MeasureFacts[]> {
    const rows: MeasureFacts[] = await db.query(FACTS_SQL, [ids]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => {
      const facts = byId.get(id);
      if (!facts) throw DomainError.notFound('Maßnahme', id);
      return facts;
    });
  }

  /** Loads the facts of the measures (one statement) and refuses unless the actor may do `access` to every one. */
  async requireMeasureAccess(
    actor: Actor,
    access: MeasureAccess,
    ids: readonly string[],
    db: DataSource | EntityManager = this.dataSource,
  ): Promise<MeasureFacts[]> {
    const measures = await this.measureFacts(ids, db);
    for (const measure of measures) this.requireOnMeasure(actor, access, measure);
    return measures;
  }
}
