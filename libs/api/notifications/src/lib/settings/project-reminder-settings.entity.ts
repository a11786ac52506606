import { Column, Entity } from 'typeorm';
import { IsoDate, ReminderKind } from '@masswerk/shared/domain';
import { ProjectRecord } from '@masswerk/api/core';

/**
 * A project's reminder settings (decision 0061): when its daily round runs (local time in the business time zone),
 * the kinds its people do not get, and the lead days before a due day. A project without a row has the defaults.
 */
@Entity('project_reminder_settings')
export class ProjectReminderSettingsEntity extends ProjectRecord {
  /** `HH:MM`, a quarter hour; null: the installation's `REMINDER_TIME`. */
  @Column({ type: 'text', nullable: true }) sendTime!: string | null;
  /** Switched off for the project; kinds added later are on. */
  @Column({ type: 'text', array: true }) disabledKinds!: ReminderKind[];
  @Column({ type: 'int', array: true }) leadDays!: number[];
  /** The day the project's round last ran (written by the round, not by people; not versioned). */
  @Column({ type: 'date', nullable: true }) lastRoundOn!: IsoDate | null;
}
