import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';
import { apiLanguage, GraphqlClient, injectProblemOf } from '@masswerk/dashboard/shared/data-access';
import { StateMessage, TableScroll } from '@masswerk/dashboard/shared/ui';
import { LanguageService, MwDateTimePipe } from '@masswerk/dashboard/shared/util';
import { ProjectReminderLogDocument, ProjectReminderLogQuery } from '@masswerk/dashboard/notifications/data-access';
import { ReminderSettingsForm } from './reminder-settings.form';

type Entry = ProjectReminderLogQuery['projectReminderLog']['nodes'][number];
const PAGE = 50;

/**
 * Verwaltung → Erinnerungen: the project's reminder settings, and the record of its reminders (to whom, what, when,
 * delivered or not).
 */
@Component({
  selector: 'mw-admin-reminders',
  imports: [MatButtonModule, TranslocoPipe, StateMessage, TableScroll, MwDateTimePipe, ReminderSettingsForm],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mw-admin-reminder-settings [projectId]="projectId()" />
    <h3>{{ 'notifications.logTitle' | transloco }}</h3>
    <p class="muted">{{ 'notifications.logIntro' | transloco }}</p>
    @if (problem(); as text) {
      <mw-state kind="error" [message]="text" />
    } @else if (entries() === null) {
      <mw-state kind="loading" [message]="'common.loading' | transloco" />
    } @else if (!entries()?.length) {
      <mw-state kind="empty" [message]="'notifications.logEmpty' | transloco" />
    } @else {
      <mw-table-scroll [label]="'notifications.logTitle' | transloco">
        <table class="data" data-testid="reminder-log">
          <caption class="cdk-visually-hidden">
            {{
              'notifications.logTitle' | transloco
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'notifications.logWhen' | transloco }}</th>
              <th scope="col">{{ 'notifications.logTo' | transloco }}</th>
              <th scope="col">{{ 'notifications.logWhat' | transloco }}</th>
              <th scope="col">{{ 'notifications.logDelivery' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (entry of entries(); track entry.id) {
              <tr>
                <td>{{ entry.createdAt | mwDateTime }}</td>
                <td>{{ entry.recipientName }}</td>
                <td>
                  {{ entry.title }}<br /><span class="muted">{{ 'notifications.kind.' + entry.kind | transloco }}</span>
                </td>
                <td>
                  {{ 'notifications.delivery.' + entry.delivery | transloco }}
                  @if (entry.readAt) {
                    · {{ 'notifications.logRead' | transloco }}
                  }
                </td>
              </tr>
            }
          </tbody>
        </table>
      </mw-table-scroll>
      @if (cursor()) {
        <button mat-stroked-button type="button" (click)="load(cursor())">
          {{ 'notifications.more' | transloco: { shown: entries()?.length, total: total() } }}
        </button>
      }
    }
  `,
})
export class RemindersTab {
  readonly projectId = input.required<string>();
  private readonly client = inject(GraphqlClient);
  private readonly language = inject(LanguageService).language;
  private readonly problemOf = injectProblemOf();
  protected readonly entries = signal<Entry[] | null>(null);
  protected readonly total = signal(0);
  protected readonly cursor = signal<string | null>(null);
  protected readonly problem = signal<string | null>(null);

  constructor() {
    // the texts come in the dashboard's language: read again when it changes
    effect(() => {
      this.language();
      this.projectId();
      untracked(() => void this.load(null));
    });
  }

  protected async load(after: string | null): Promise<void> {
    try {
      const { projectReminderLog } = await this.client.run(ProjectReminderLogDocument, {
        modelProjectId: this.projectId(),
        first: PAGE,
        after,
        language: apiLanguage(this.language()),
      });
      this.entries.update((entries) => [...(after ? (entries ?? []) : []), ...projectReminderLog.nodes]);
      this.total.set(projectReminderLog.totalCount);
      const page = projectReminderLog.pageInfo;
      this.cursor.set(page.hasNextPage ? (page.endCursor ?? null) : null);
    } catch (error) {
      this.problem.set(this.problemOf(error).message);
    }
  }
}
