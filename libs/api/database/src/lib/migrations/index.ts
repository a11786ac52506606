import { Foundation1795262400000 } from './1795262400000-foundation';
import { IdentityAndAudit1795266000000 } from './1795266000000-identity-and-audit';
import { Funding1795269600000 } from './1795269600000-funding';
import { ReadCacheEpochs1795273200000 } from './1795273200000-read-cache-epochs';
import { AuditNoTruncate1796198453338 } from './1796198453338-audit-no-truncate';
import { MeasureCodeUnique1796198684838 } from './1796198684838-measure-code-unique';
import { ProgrammePerProjectAndStrategyWork1796218663277 } from './1796218663277-programme-per-project-and-strategy-work';
import { InvitationsAndOutbox1796593372458 } from './1796593372458-invitations-and-outbox';
import { LastMilestoneCompleted1796599512533 } from './1796599512533-last-milestone-completed';
import { PasswordReset1796601662496 } from './1796601662496-password-reset';
import { SignInLimits1796614779851 } from './1796614779851-sign-in-limits';
import { CalendarFeeds1796622595157 } from './1796622595157-calendar-feeds';
import { Notifications1796623427434 } from './1796623427434-notifications';
import { ReportingRounds1796634000000 } from './1796634000000-reporting-rounds';
import { ReminderSettingsAndLanguage1796634280252 } from './1796634280252-reminder-settings-and-language';
import { BudgetDeviationReason1796710000000 } from './1796710000000-budget-deviation-reason';
import { Documents1796720000000 } from './1796720000000-documents';
import { PublicReleases1796730000000 } from './1796730000000-public-releases';
import { OpenData1796740000000 } from './1796740000000-open-data';
import { PublicListOrder1796745074354 } from './1796745074354-public-list-order';
import { ProjectNoindex1796750000000 } from './1796750000000-project-noindex';
import { ProjectPageRelease1796760000000 } from './1796760000000-project-page-release';
import { MaintainedRollups1796770000000 } from './1796770000000-maintained-rollups';

/** Every migration, oldest first. A new migration is added here as well as in its own file. */
export const MIGRATIONS = [
  Foundation1795262400000,
  IdentityAndAudit1795266000000,
  Funding1795269600000,
  ReadCacheEpochs1795273200000,
  AuditNoTruncate1796198453338,
  MeasureCodeUnique1796198684838,
  ProgrammePerProjectAndStrategyWork1796218663277,
  InvitationsAndOutbox1796593372458,
  LastMilestoneCompleted1796599512533,
  PasswordReset1796601662496,
  SignInLimits1796614779851,
  CalendarFeeds1796622595157,
  Notifications1796623427434,
  ReportingRounds1796634000000,
  ReminderSettingsAndLanguage1796634280252,
  BudgetDeviationReason1796710000000,
  Documents1796720000000,
  PublicReleases1796730000000,
  OpenData1796740000000,
  PublicListOrder1796745074354,
  ProjectNoindex1796750000000,
  ProjectPageRelease1796760000000,
  MaintainedRollups1796770000000,
];
