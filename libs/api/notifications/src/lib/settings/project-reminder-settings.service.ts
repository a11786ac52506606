import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  Actor,
  leadDaysProblem,
  MANDATORY_REMINDER_KINDS,
  Permission,
  REMINDER_KINDS,
  REMINDER_RULES,
  ReminderKind,
  sendTimeProblem,
} from '@masswerk/shared/domain';
import { APP_CONFIG, DomainError } from '@masswerk/api/core';
import type { AppConfig, FieldProblem } from '@masswerk/api/core';
import { AccessService } from '@masswerk/api/access';
import { AuditService, projectRecord } from '@masswerk/api/audit';
import { ProjectReminderSettingsEntity } from './project-reminder-settings.entity';
import { ProjectReminderSettings, UpdateProjectReminderSettingsInput } from './dtos/project-reminder-settings.dto';

const SETTINGS = projectRecord(ProjectReminderSettingsEntity, 'ProjectReminderSettings', 'Erinnerungseinstellungen');

/** What a project without a row of its own has (the send time: the installation's `REMINDER_TIME`). */
const DEFAULT_PROJECT_SETTINGS = {
  sendTime: null,
  disabledKinds: [] as ReminderKind[],
  leadDays: [...REMINDER_RULES.leadDays],
  lastRoundOn: null,
};

export function toProjectReminderSettings(
  modelProjectId: string,
  row: Pick<ProjectReminderSettingsEntity, 'sendTime' | 'disabledKinds' | 'leadDays' | 'lastRoundOn'> | null,
  defaultSendTime: string,
): ProjectReminderSettings {
  const { sendTime, disabledKinds, leadDays, lastRoundOn } = row ?? DEFAULT_PROJECT_SETTINGS;
  const off = new Set(disabledKinds);
  return {
    modelProjectId,
    sendTime: sendTime ?? defaultSendTime,
    kinds: REMINDER_KINDS.map((kind) => ({ kind, enabled: !off.has(kind) })),
    leadDays: [...leadDays].sort((a, b) => b - a),
    lastRoundOn,
  };
}

/** A project's reminder settings (decision 0061): read and changed by its project office, changes in its history. */
@Injectable()
export class ProjectReminderSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async get(actor: Actor, projectId: string): Promise<ProjectReminderSettings> {
    this.access.requireAccess(actor, Permission.MANAGE_USERS, projectId);
    const row = await this.dataSource
      .getRepository(ProjectReminderSettingsEntity)
      .findOneBy({ modelProjectId: projectId });
    return toProjectReminderSettings(projectId, row, this.config.jobs.reminderTime);
  }

  async update(actor: Actor, input: UpdateProjectReminderSettingsInput): Promise<ProjectReminderSettings> {
    this.access.requireAccess(actor, Permission.MANAGE_USERS, input.modelProjectId);
    const problems = inputProblems(input);
    if (problems.length) throw DomainError.invalidFields(problems);
    const values = {
      sendTime: input.sendTime,
      disabledKinds: [...new Set(input.disabledKinds)],
      leadDays: [...input.leadDays].sort((a, b) => b - a),
    };
    const saved = await this.dataSource.transaction(async (manager) => {
      const before = await this.lockedRow(manager, input.modelProjectId);
      if (!before)
        return this.audit.saveCreated(
          manager,
          actor,
          SETTINGS,
          manager.create(ProjectReminderSettingsEntity, {
            modelProjectId: input.modelProjectId,
            ...values,
            lastRoundOn: null,
          }),
        );
      return this.audit.updateRecorded(manager, actor, SETTINGS, before.id, before.version, () => values);
    });
    return toProjectReminderSettings(input.modelProjectId, saved, this.config.jobs.reminderTime);
  }

  /** The project's row, locked; the project row is locked first, so that two first saves do not both insert. */
  private async lockedRow(manager: EntityManager, projectId: string): Promise<ProjectReminderSettingsEntity | null> {
    await manager.query(`SELECT 1 FROM model_project WHERE id = $1 FOR UPDATE`, [projectId]);
    return manager.findOneBy(ProjectReminderSettingsEntity, { modelProjectId: projectId });
  }
}

/** Every field that is wrong, each with its message (the form shows them at the fields). */
export function inputProblems(input: UpdateProjectReminderSettingsInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const time = sendTimeProblem(input.sendTime);
  if (time) problems.push({ field: 'input.sendTime', message: time });
  if (input.disabledKinds.some((kind) => MANDATORY_REMINDER_KINDS.has(kind)))
    problems.push({
      field: 'input.disabledKinds',
      message: 'Mitgliedschaftsnachrichten lassen sich nicht abschalten.',
    });
  const lead = leadDaysProblem(input.leadDays);
  if (lead) problems.push({ field: 'input.leadDays', message: lead });
  return problems;
}
