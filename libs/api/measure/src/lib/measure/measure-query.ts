import { Brackets, SelectQueryBuilder } from 'typeorm';
import { Actor, IsoDate, Role } from '@masswerk/shared/domain';
import { containsPattern } from '@masswerk/api/core';
import { MeasureEntity } from './measure.entity';
import { MeasureFilter, MeasureSortField } from './dtos/measure.inputs';
import { freshnessSql, healthSql, milestonesPursuedSql, progressSql } from '../measure-rules.sql';

const STATUS_ORDER = `array_position(ARRAY['IDEA','PLANNING','IN_PROGRESS','IMPLEMENTED','CONTINUED','STOPPED']::text[], m.status)`;

/** Sort keys never NULL (keyset pagination compares them), with the SQL type their cursor value is cast to. */
export const SORT_KEYS: Record<MeasureSortField, { sql: string; type: string }> = {
  CODE: { sql: 'm.code', type: 'text' },
  TITLE: { sql: 'lower(m.title)', type: 'text' },
  STATUS: { sql: STATUS_ORDER, type: 'int' },
  PLANNED_START: { sql: `coalesce(m.planned_start, '9999-12-31'::date)`, type: 'date' },
  PLANNED_END: { sql: `coalesce(m.planned_end, '9999-12-31'::date)`, type: 'date' },
  UPDATED_AT: { sql: `(extract(epoch FROM m.updated_at) * 1000000)::bigint`, type: 'bigint' },
  PROGRESS: { sql: progressSql('m'), type: 'int' },
  LAST_REPORT: { sql: `coalesce(m.last_report_on, '0001-01-01'::date)`, type: 'date' },
  DUE_FIRST: {
    sql: `(CASE WHEN m.status IN ('PLANNING','IN_PROGRESS')
            THEN least(coalesce(m.earliest_open_milestone_due - CAST(:today AS date), 100000),
                       coalesce(m.last_report_on + 60 - CAST(:today AS date), -100000))
            ELSE 100000 END)`,
    type: 'int',
  },
};

/**
 * Narrows a measure query to what the actor may read: every measure of their projects, and the published measures
 * of their cluster peers. In the SQL, so that counts and pages never include (or hint at) anything else.
 */
export function applyReadAccess(qb: SelectQueryBuilder<MeasureEntity>, actor: Actor): void {
  const full = actor.fullReadProjectIds();
  if (full === null) return;
  const peers = actor.publishedOnlyProjectIds();
  qb.andWhere(
    new Brackets((w) => {
      w.where('m.model_project_id = ANY(CAST(:fullRead AS uuid[]))', { fullRead: full });
      if (peers.length)
        w.orWhere('(m.published AND m.model_project_id = ANY(CAST(:peerRead AS uuid[])))', { peerRead: peers });
    }),
  );
}

/**
 * `applyReadAccess` and the filter's projects at once, for the common case of a list of one project: a plain
 * `model_project_id = …` (and `published` for a cluster peer), which PostgreSQL can serve in the order of an index
 * that leads with the project, instead of sorting every readable measure of the project. Returns the filter without
 * the projects it applied; with several projects or none, the same as `applyReadAccess` and the filter unchanged.
 */
export function applyReadAccessInProjects(
  qb: SelectQueryBuilder<MeasureEntity>,
  actor: Actor,
  filter: MeasureFilter | undefined,
): MeasureFilter | undefined {
  const only = filter?.modelProjectIds?.length === 1 ? filter.modelProjectIds[0] : null;
  if (!only) {
    applyReadAccess(qb, actor);
    return filter;
  }
  const full = actor.fullReadProjectIds();
  if (full === null || full.includes(only)) qb.andWhere('m.model_project_id = :onlyProject', { onlyProject: only });
  else if (actor.publishedOnlyProjectIds().includes(only))
    qb.andWhere('m.model_project_id = :onlyProject AND m.published', { onlyProject: only });
  else qb.andWhere('FALSE');
  return { ...filter, modelProjectIds: undefined };
}

/** Measures the actor may report on: all of their admin projects, and as editor those assigned or led by their unit. */
function applyMine(qb: SelectQueryBuilder<MeasureEntity>, actor: Actor): void {
  if (actor.isPlatformAdmin) return;
  const all = actor.memberships.filter((m) => m.role === Role.ADMIN).map((m) => m.projectId);
  const editorProjects = actor.memberships.filter((m) => m.role === Role.EDITOR);
  const editorUnits = editorProjects.filter((m) => m.unitId).map((m) => `${m.projectId}:${m.unitId}`);
  qb.andWhere(
    new Brackets((w) => {
      w.where('m.model_project_id = ANY(CAST(:reportAll AS uuid[]))', { reportAll: all });
      w.orWhere(
        '(m.model_project_id = ANY(CAST(:editorProjects AS uuid[])) AND EXISTS (SELECT 1 FROM measure_assignee a WHERE a.measure_id = m.id AND a.user_id = :me))',
        { editorProjects: editorProjects.map((m) => m.projectId), me: actor.userId },
      );
      w.orWhere(`(m.model_project_id || ':' || m.lead_unit_id) = ANY(CAST(:editorUnits AS text[]))`, { editorUnits });
    }),
  );
}

/** Turns a free-text search into a prefix query ("Leerst plattf" finds "Leerstandsplattform"). */
export function toPrefixTsQuery(search: string): string | null {
  const words = search
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 10);
  return words.length ? words.map((w) => `${w}:*`).join(' & ') : null;
}

export function applyFilter(
  qb: SelectQueryBuilder<MeasureEntity>,
  filter: MeasureFilter | undefined,
  actor: Actor,
): void {
  if (!filter) return;
  if (filter.modelProjectIds?.length)
    qb.andWhere('m.model_project_id = ANY(CAST(:projectIds AS uuid[]))', { projectIds: filter.modelProjectIds });
  if (filter.municipalityId) {
    qb.andWhere(
      '(m.lead_unit_id = :unitId OR EXISTS (SELECT 1 FROM measure_participating_unit pu WHERE pu.measure_id = m.id AND pu.territorial_unit_id = :unitId))',
      { unitId: filter.municipalityId },
    );
  }
  if (filter.fieldOfActionId) {
    qb.andWhere(
      'EXISTS (SELECT 1 FROM measure_field_of_action f WHERE f.measure_id = m.id AND f.field_of_action_id = :fieldId)',
      {
        fieldId: filter.fieldOfActionId,
      },
    );
  }
  if (filter.goalId)
    qb.andWhere('EXISTS (SELECT 1 FROM measure_goal g WHERE g.measure_id = m.id AND g.goal_id = :goalId)', {
      goalId: filter.goalId,
    });
  if (filter.statuses?.length) qb.andWhere('m.status IN (:...statuses)', { statuses: filter.statuses });
  if (filter.phase) qb.andWhere('m.phase = :phase', { phase: filter.phase });
  if (filter.health?.length)
    qb.andWhere(`${healthSql('m', 'CAST(:today AS date)')} IN (:...health)`, { health: filter.health });
  if (filter.freshness?.length)
    qb.andWhere(`${freshnessSql('m', 'CAST(:today AS date)')} IN (:...freshness)`, { freshness: filter.freshness });
  if (filter.flagship !== undefined) qb.andWhere('m.flagship = :flagship', { flagship: filter.flagship });
  if (filter.published !== undefined) qb.andWhere('m.published = :published', { published: filter.published });
  if (filter.hasOverdueMilestone)
    qb.andWhere(`${milestonesPursuedSql('m')} AND m.earliest_open_milestone_due < CAST(:today AS date)`);
  if (filter.tag) qb.andWhere(':tag = ANY(m.tags)', { tag: filter.tag });
  if (filter.mine) applyMine(qb, actor);
  const search = filter.search?.trim();
  if (search) {
    const tsQuery = toPrefixTsQuery(search);
    qb.andWhere(
      new Brackets((w) => {
        w.where('upper(m.code) = :codeSearch', { codeSearch: search.toUpperCase() });
        if (tsQuery) w.orWhere(`m.search_document @@ to_tsquery('german', :tsQuery)`, { tsQuery });
        w.orWhere('lower(m.title) LIKE :titleSearch', {
          titleSearch: containsPattern(search.toLowerCase()),
        });
      }),
    );
  }
}

export function todayParam(qb: SelectQueryBuilder<MeasureEntity>, today: IsoDate): void {
  qb.setParameter('today', today);
}
