import { EntityManager } from 'typeorm';
import { FundedWork, isValidStrategyWork } from '@masswerk/shared/domain';
import { DomainError, ErrorReason } from '@masswerk/api/core';
import { MeasureEntity } from './measure.entity';

/*
 * The rules a change of a measure keeps besides access: dates in order, links within the project, unique and fixed
 * identifiers, strategy work only in Phase A, no delete of a measure with a track record.
 */

/** Refuses to delete a measure with reports or money on record: those must stay traceable. */
export async function assertDeletable(manager: EntityManager, measure: MeasureEntity): Promise<void> {
  const [record]: { reports: number; plans: number; expenditures: number }[] = await manager.query(
    `SELECT (SELECT count(*) FROM status_report WHERE measure_id = $1)::int AS reports,
            (SELECT count(*) FROM cost_plan_entry WHERE measure_id = $1)::int AS plans,
            (SELECT count(*) FROM expenditure WHERE measure_id = $1)::int AS expenditures`,
    [measure.id],
  );
  const kept = [
    record.reports && 'Statusberichte',
    record.plans && 'Kostenplanung',
    record.expenditures && 'Ausgaben',
  ].filter((k): k is string => !!k);
  if (!kept.length) return;
  const list = kept.length > 1 ? `${kept.slice(0, -1).join(', ')} und ${kept[kept.length - 1]}` : kept[0];
  throw DomainError.conflict(
    ErrorReason.HAS_TRACK_RECORD,
    `Die Maßnahme ${measure.code} hat bereits ${list} und kann deshalb nicht gelöscht werden. Setzen Sie stattdessen den Status auf „gestoppt“.`,
  );
}

/** Refuses links to fields of action, goals and municipalities outside the measure's project. */
export async function checkLinks(
  manager: EntityManager,
  projectId: string,
  links: {
    fieldOfActionIds?: string[];
    goalIds?: string[];
    participatingUnitIds?: string[];
    adopterUnitIds?: string[];
    leadUnitId?: string | null;
  },
): Promise<void> {
  const checks: [string, string[] | undefined, string, string][] = [
    [
      'input.fieldOfActionIds',
      links.fieldOfActionIds,
      `SELECT id FROM field_of_action WHERE model_project_id = $1 AND id = ANY($2::uuid[])`,
      'Handlungsfelder gehören nicht zu diesem Modellprojekt.',
    ],
    [
      'input.goalIds',
      links.goalIds,
      `SELECT id FROM goal WHERE model_project_id = $1 AND id = ANY($2::uuid[])`,
      'Ziele gehören nicht zu diesem Modellprojekt.',
    ],
    [
      'input.participatingUnitIds',
      links.participatingUnitIds,
      `SELECT u.id FROM territorial_unit u WHERE u.id = ANY($2::uuid[]) AND (u.id IN (SELECT territorial_unit_id FROM model_project_member WHERE model_project_id = $1) OR u.id = (SELECT lead_unit_id FROM model_project WHERE id = $1))`,
      'Beteiligte Kommunen müssen zum Modellprojekt gehören.',
    ],
    [
      'input.leadUnitId',
      links.leadUnitId ? [links.leadUnitId] : undefined,
      `SELECT u.id FROM territorial_unit u WHERE u.id = ANY($2::uuid[]) AND (u.id IN (SELECT territorial_unit_id FROM model_project_member WHERE model_project_id = $1) OR u.id = (SELECT lead_unit_id FROM model_project WHERE id = $1))`,
      'Die federführende Kommune muss zum Modellprojekt gehören.',
    ],
    [
      'input.adopterUnitIds',
      links.adopterUnitIds,
      `SELECT id FROM territorial_unit WHERE $1::uuid IS NOT NULL AND id = ANY($2::uuid[])`,
      'Unbekannte Gebietseinheiten.',
    ],
  ];
  for (const [field, ids, sql, message] of checks) {
    if (!ids?.length) continue;
    const unique = [...new Set(ids)];
    const found: { id: string }[] = await manager.query(sql, [projectId, unique]);
    if (found.length !== unique.length) throw DomainError.badInput(field, message);
  }
}

export function checkDates(m: {
  plannedStart?: string | null;
  plannedEnd?: string | null;
  actualStart?: string | null;
  actualEnd?: string | null;
}): void {
  if (m.plannedStart && m.plannedEnd && m.plannedEnd < m.plannedStart)
    throw DomainError.badInput('input.plannedEnd', 'Das geplante Ende liegt vor dem geplanten Beginn.');
  if (m.actualStart && m.actualEnd && m.actualEnd < m.actualStart)
    throw DomainError.badInput('input.actualEnd', 'Das tatsächliche Ende liegt vor dem tatsächlichen Beginn.');
  if (m.actualEnd && !m.actualStart)
    throw DomainError.badInput('input.actualStart', 'Ein tatsächliches Ende setzt einen tatsächlichen Beginn voraus.');
}

/** Identifiers are unique across projects (a unique index backs this up), so a code names one measure. */
export async function assertCodeFree(manager: EntityManager, code: string): Promise<void> {
  if (await manager.existsBy(MeasureEntity, { code }))
    throw DomainError.conflict(ErrorReason.CODE_TAKEN, `Die Kennung ${code} ist bereits vergeben.`, {
      field: 'input.code',
    });
}

export async function nextCode(manager: EntityManager, projectId: string, projectCode: string): Promise<string> {
  const [{ next }] = await manager.query(
    `SELECT coalesce(max(substring(code FROM '-M([0-9]+)$')::int), 0) + 1 AS next FROM measure WHERE model_project_id = $1`,
    [projectId],
  );
  return `${projectCode}-M${String(next).padStart(2, '0')}`;
}

export function normalizeTags(tags: string[]): string[] {
  return [...new Set(tags.map((t) => t.trim().toLowerCase()).filter(Boolean))].sort();
}

/** Strategy work belongs to Phase A (decision 0033); the database refuses it too. */
export function checkStrategyWork(work: FundedWork): void {
  if (!isValidStrategyWork(work))
    throw DomainError.badInput(
      'input.strategyWork',
      'Nur Maßnahmen der Phase A können Strategiearbeit sein; nehmen Sie die Markierung zurück oder wählen Sie Phase A.',
    );
}
