import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { CdkCopyToClipboard } from '@angular/cdk/clipboard';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { GraphqlClient, injectProblemCatcher } from '@masswerk/dashboard/shared/data-access';
import { injectConfirm } from '@masswerk/dashboard/shared/ui';
import { MwDateTimePipe } from '@masswerk/dashboard/shared/util';
import {
  MyCalendarFeedDocument,
  MyCalendarFeedQuery,
  RenewCalendarFeedDocument,
  RevokeCalendarFeedDocument,
} from './calendar.generated';

/**
 * The personal calendar subscription on the account page: make, renew or end the secret address that Outlook,
 * Thunderbird or a phone subscribes to. The address is shown once, like an API token (decision 0058).
 */
@Component({
  selector: 'mw-calendar-feed-section',
  imports: [MatButtonModule, CdkCopyToClipboard, TranslocoPipe, MwDateTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" aria-labelledby="calendar-heading" data-testid="calendar-feed">
      <h2 id="calendar-heading" class="section-title">{{ 'calendar.title' | transloco }}</h2>
      <p class="muted">{{ 'calendar.intro' | transloco }}</p>
      @if (newUrl(); as url) {
        <div class="message ok" role="status">
          <p>{{ 'calendar.urlOnce' | transloco }}</p>
          <p class="secret" data-testid="calendar-url">{{ url }}</p>
          <button
            mat-stroked-button
            type="button"
            [cdkCopyToClipboard]="url"
            (cdkCopyToClipboardCopied)="copied.set($event)"
          >
            {{ (copied() ? 'calendar.copied' : 'calendar.copy') | transloco }}
          </button>
        </div>
      }
      @if (problem(); as text) {
        <p class="message fail" role="alert">{{ text }}</p>
      }
      @if (feed(); as f) {
        <p data-testid="calendar-status">
          {{ 'calendar.active' | transloco: { date: (f.createdAt | mwDateTime) } }}
          @if (f.lastUsedAt) {
            {{ 'calendar.lastUsed' | transloco: { date: (f.lastUsedAt | mwDateTime) } }}
          } @else {
            {{ 'calendar.neverUsed' | transloco }}
          }
        </p>
      } @else if (loaded()) {
        <p data-testid="calendar-status">{{ 'calendar.none' | transloco }}</p>
      }
      <div class="actions">
        <button mat-flat-button type="button" (click)="renew()" data-testid="calendar-renew">
          {{ (feed() ? 'calendar.renew' : 'calendar.create') | transloco }}
        </button>
        @if (feed()) {
          <button mat-button type="button" (click)="revoke()" data-testid="calendar-revoke">
            {{ 'calendar.revoke' | transloco }}
          </button>
        }
      </div>
    </section>
  `,
  styles: `
    .message {
      padding: 0.75rem;
      margin: 0 0 1rem;
    }
    .actions {
      display: flex;
      gap: 0.5rem;
      flex-wrap: wrap;
    }
  `,
})
export class CalendarFeedSection implements OnInit {
  private readonly client = inject(GraphqlClient);
  private readonly catcher = injectProblemCatcher();
  private readonly confirm = injectConfirm();
  private readonly transloco = inject(TranslocoService);
  protected readonly feed = signal<MyCalendarFeedQuery['myCalendarFeed']>(null);
  protected readonly loaded = signal(false);
  protected readonly newUrl = signal<string | null>(null);
  protected readonly copied = signal(false);
  protected readonly problem = this.catcher.problem;

  async ngOnInit(): Promise<void> {
    await this.catcher.attempt(async () =>
      this.feed.set((await this.client.run(MyCalendarFeedDocument)).myCalendarFeed),
    );
    this.loaded.set(true);
  }

  protected async renew(): Promise<void> {
    if (this.feed() && !(await this.ask('calendar.renewQuestion', 'calendar.renew'))) return;
    await this.catcher.attempt(async () => {
      const { renewCalendarFeed } = await this.client.run(RenewCalendarFeedDocument);
      this.feed.set(renewCalendarFeed.feed);
      this.newUrl.set(renewCalendarFeed.url);
      this.copied.set(false);
    });
  }

  protected async revoke(): Promise<void> {
    if (!(await this.ask('calendar.revokeQuestion', 'calendar.revoke'))) return;
    await this.catcher.attempt(async () => {
      await this.client.run(RevokeCalendarFeedDocument);
      this.feed.set(null);
      this.newUrl.set(null);
    });
  }

  private ask(message: string, confirm: string): Promise<boolean> {
    const t = (key: string) => this.transloco.translate(key);
    return this.confirm({ title: t('calendar.title'), message: t(message), confirm: t(confirm) });
  }
}
