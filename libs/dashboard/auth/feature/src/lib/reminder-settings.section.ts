import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { TranslocoPipe } from '@jsverse/transloco';
import { GraphqlClient, injectProblemCatcher, ReminderKind } from '@masswerk/dashboard/shared/data-access';
import {
  MyReminderSettingsDocument,
  MyReminderSettingsQuery,
  SetReminderEnabledDocument,
} from '@masswerk/dashboard/notifications/data-access';

/** On the account page: which kinds of reminders the person gets (in the list and in the daily digest mail). */
@Component({
  selector: 'mw-reminder-settings-section',
  imports: [MatSlideToggleModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" id="erinnerungen" aria-labelledby="reminders-heading" data-testid="reminder-settings">
      <h2 id="reminders-heading" class="section-title">{{ 'notifications.settingsTitle' | transloco }}</h2>
      <p class="muted">{{ 'notifications.settingsIntro' | transloco }}</p>
      @if (problem(); as text) {
        <p class="message fail" role="alert">{{ text }}</p>
      }
      <ul class="kinds">
        @for (setting of settings(); track setting.kind) {
          <li>
            <mat-slide-toggle
              [checked]="setting.enabled"
              (change)="set(setting.kind, $event.checked)"
              [attr.data-testid]="'reminder-' + setting.kind"
            >
              {{ 'notifications.kind.' + setting.kind | transloco }}
            </mat-slide-toggle>
          </li>
        }
      </ul>
    </section>
  `,
  styles: `
    .kinds {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.75rem;
    }
    .message {
      padding: 0.75rem;
    }
  `,
})
export class ReminderSettingsSection implements OnInit {
  private readonly client = inject(GraphqlClient);
  private readonly catcher = injectProblemCatcher();
  protected readonly settings = signal<MyReminderSettingsQuery['myReminderSettings']>([]);
  protected readonly problem = this.catcher.problem;

  async ngOnInit(): Promise<void> {
    await this.catcher.attempt(async () =>
      this.settings.set((await this.client.run(MyReminderSettingsDocument)).myReminderSettings),
    );
  }

  protected async set(kind: ReminderKind, enabled: boolean): Promise<void> {
    await this.catcher.attempt(async () =>
      this.settings.set((await this.client.run(SetReminderEnabledDocument, { kind, enabled })).setReminderEnabled),
    );
  }
}
