import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, ErrorReason, Permission } from '@masswerk/shared/domain';
import { DomainError } from '@masswerk/api/core';
import { AccessService } from '@masswerk/api/access';
import { AuditService, projectRecord } from '@masswerk/api/audit';
import { CouncilSessionEntity } from './council-session.entity';
import {
  CouncilSession,
  CouncilSessionFields,
  CreateCouncilSessionInput,
  UpdateCouncilSessionInput,
} from './dtos/council-session.dto';
import { ReportingRoundService } from '../reporting-round/reporting-round.service';

const SESSION = projectRecord(CouncilSessionEntity, 'CouncilSession', 'Sitzung');

const SESSIONS_SQL = (where: string) => `
  SELECT s.id, s.body, s.body_name AS "bodyName", s.session_date::text AS "sessionDate", s.agenda_item AS "agendaItem",
         s.resolution_reference AS "resolutionReference", s.oparl_url AS "oparlUrl", s.version,
         r.id AS "reportingRoundId", r.name AS "reportingRoundName", r.closed_on::text AS "reportingRoundClosedOn"
    FROM council_session s JOIN reporting_round r ON r.id = s.reporting_round_id
   WHERE ${where}
   ORDER BY s.session_date DESC, s.created_at DESC`;

/**
 * Sessions of the county council, its committees and the steering group, each tied to the closed round whose
 * snapshot it was shown: the council reads exactly the briefing it was given. The project office records them.
 */
@Injectable()
export class CouncilSessionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly rounds: ReportingRoundService,
  ) {}

  async list(actor: Actor, projectCode: string): Promise<CouncilSession[]> {
    const project = await this.rounds.projectOf(actor, projectCode);
    return this.dataSource.query(SESSIONS_SQL('s.model_project_id = $1'), [project.id]);
  }

  async create(actor: Actor, input: CreateCouncilSessionInput): Promise<CouncilSession> {
    const round = await this.rounds.get(actor, input.reportingRoundId);
    this.access.requireAccess(actor, Permission.EDIT_PLAN, round.modelProjectId);
    if (!round.closedOn)
      throw DomainError.badInput(
        'input.reportingRoundId',
        `Die Berichtsrunde „${round.name}“ ist noch offen: einer Sitzung wird der eingefrorene Stand einer abgeschlossenen Runde vorgelegt.`,
        ErrorReason.ROUND_OPEN,
      );
    const saved = await this.dataSource.transaction((m) =>
      this.audit.saveCreated(
        m,
        actor,
        SESSION,
        m.create(CouncilSessionEntity, {
          modelProjectId: round.modelProjectId,
          reportingRoundId: round.id,
          ...fieldsOf(input),
        }),
      ),
    );
    return this.one(saved.id);
  }

  async update(actor: Actor, input: UpdateCouncilSessionInput): Promise<CouncilSession> {
    await this.dataSource.transaction((m) =>
      this.audit.updateRecorded(m, actor, SESSION, input.id, input.version, (before) => {
        this.access.requireAccess(actor, Permission.EDIT_PLAN, before.modelProjectId);
        return fieldsOf(input);
      }),
    );
    return this.one(input.id);
  }

  delete(actor: Actor, id: string, version: number): Promise<string> {
    return this.dataSource.transaction((m) =>
      this.audit.deleteRecorded(m, actor, SESSION, id, version, (before) =>
        this.access.requireAccess(actor, Permission.EDIT_PLAN, before.modelProjectId),
      ),
    );
  }

  private async one(id: string): Promise<CouncilSession> {
    const [session]: CouncilSession[] = await this.dataSource.query(SESSIONS_SQL('s.id = $1'), [id]);
    return session;
  }
}

function fieldsOf(input: CouncilSessionFields): Partial<CouncilSessionEntity> {
  return {
    body: input.body,
    bodyName: input.bodyName?.trim() ?? '',
    sessionDate: input.sessionDate,
    agendaItem: input.agendaItem?.trim() ?? '',
    resolutionReference: input.resolutionReference?.trim() ?? '',
    oparlUrl: input.oparlUrl?.trim() || null,
  };
}
