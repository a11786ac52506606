import { ChangeDetectionStrategy, Component, effect, inject, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { apiLanguage, GraphqlClient, injectProblemOf } from '@masswerk/dashboard/shared/data-access';
import { PageHeader, StateMessage } from '@masswerk/dashboard/shared/ui';
import { LanguageService, MwDatePipe, MwDateTimePipe } from '@masswerk/dashboard/shared/util';
import {
  MarkNotificationsReadDocument,
  MyNotificationsDocument,
  MyNotificationsQuery,
  UnreadCountStore,
} from '@masswerk/dashboard/notifications/data-access';

type Item = MyNotificationsQuery['myNotifications']['nodes'][number];
const PAGE = 20;

/** /benachrichtigungen: the signed-in person's reminders, newest first, each leading to the page that resolves it. */
@Component({
  selector: 'mw-notifications-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatSlideToggleModule,
    RouterLink,
    TranslocoPipe,
    PageHeader,
    StateMessage,
    MwDatePipe,
    MwDateTimePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mw-page-header [title]="'notifications.title' | transloco" [subtitle]="'notifications.subtitle' | transloco" />
    <div class="toolbar">
      <mat-slide-toggle [checked]="unreadOnly()" (change)="showUnreadOnly($event.checked)" data-testid="unread-only">
        {{ 'notifications.unreadOnly' | transloco }}
      </mat-slide-toggle>
      <button
        mat-stroked-button
        type="button"
        (click)="markAllRead()"
        [disabled]="!unread.count()"
        data-testid="mark-all-read"
      >
        {{ 'notifications.markAllRead' | transloco }}
      </button>
      <a mat-button routerLink="/konto" fragment="erinnerungen">{{ 'notifications.settings' | transloco }}</a>
    </div>
    @if (problem(); as text) {
      <mw-state kind="error" [message]="text" />
    } @else if (items() === null) {
      <mw-state kind="loading" [message]="'common.loading' | transloco" />
    } @else if (!items()?.length) {
      <mw-state
        kind="empty"
        [message]="(unreadOnly() ? 'notifications.noneUnread' : 'notifications.none') | transloco"
        data-testid="notifications-empty"
      />
    } @else {
      <ul class="list" data-testid="notifications">
        @for (item of items(); track item.id) {
          <li class="card item" [class.unread]="!item.readAt" data-testid="notification">
            <div class="text">
              @if (!item.readAt) {
                <span class="new">{{ 'notifications.new' | transloco }}</span>
              }
              <a class="title" [routerLink]="item.link" (click)="markRead(item)">{{ item.title }}</a>
              <p class="detail">{{ item.detail }}</p>
              <p class="muted meta">
                {{ 'notifications.kind.' + item.kind | transloco }} ·
                {{ 'notifications.received' | transloco: { date: (item.createdAt | mwDateTime) } }}
                @if (item.dueOn) {
                  · {{ 'notifications.due' | transloco: { date: (item.dueOn | mwDate) } }}
                }
              </p>
            </div>
            @if (!item.readAt) {
              <button mat-button type="button" (click)="markRead(item)" data-testid="mark-read">
                {{ 'notifications.markRead' | transloco }}<span class="cdk-visually-hidden">: {{ item.title }}</span>
              </button>
            }
          </li>
        }
      </ul>
      @if (cursor()) {
        <button mat-stroked-button type="button" class="more" (click)="loadMore()">
          {{ 'notifications.more' | transloco: { shown: items()?.length, total: total() } }}
        </button>
      }
    }
  `,
  styles: `
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 1rem;
      margin-bottom: 1rem;
    }
    .list {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.75rem;
    }
    .item {
      display: flex;
      gap: 1rem;
      align-items: flex-start;
      justify-content: space-between;
      flex-wrap: wrap;
    }
    .item.unread {
      border-left: 4px solid #0055b8;
    }
    .item.unread .title {
      font-weight: 600;
    }
    .text {
      min-width: 0;
      flex: 1 1 20rem;
    }
    .detail,
    .meta {
      margin: 0.25rem 0 0;
      overflow-wrap: anywhere;
    }
    .new {
      display: inline-block;
      margin-right: 0.5rem;
      padding: 0 0.4rem;
      border-radius: 0.25rem;
      background: #0055b8;
      color: #fff;
      font-size: 0.8rem;
    }
    .more {
      margin-top: 1rem;
    }
  `,
})
export class NotificationsPage {
  private readonly client = inject(GraphqlClient);
  private readonly language = inject(LanguageService).language;
  private readonly problemOf = injectProblemOf();
  protected readonly unread = inject(UnreadCountStore);
  protected readonly items = signal<Item[] | null>(null);
  protected readonly total = signal(0);
  protected readonly cursor = signal<string | null>(null);
  protected readonly unreadOnly = signal(false);
  protected readonly problem = signal<string | null>(null);

  constructor() {
    // the texts come in the dashboard's language: read again when it changes
    effect(() => {
      this.language();
      untracked(() => {
        this.items.set(null);
        void this.load();
      });
    });
  }

  protected showUnreadOnly(only: boolean): void {
    this.unreadOnly.set(only);
    this.items.set(null);
    void this.load();
  }

  protected loadMore(): void {
    void this.load(this.cursor());
  }

  protected async markRead(item: Item): Promise<void> {
    if (item.readAt) return;
    await this.mark([item.id]);
  }

  protected async markAllRead(): Promise<void> {
    await this.mark(null);
  }

  private async mark(ids: string[] | null): Promise<void> {
    try {
      await this.client.run(MarkNotificationsReadDocument, { ids });
      const now = new Date().toISOString();
      this.items.update((items) =>
        (items ?? []).map((i) => (ids === null || ids.includes(i.id) ? { ...i, readAt: i.readAt ?? now } : i)),
      );
      await this.unread.refresh();
    } catch (error) {
      this.problem.set(this.problemOf(error).message);
    }
  }

  private async load(after: string | null = null): Promise<void> {
    try {
      const { myNotifications } = await this.client.run(MyNotificationsDocument, {
        first: PAGE,
        after,
        unreadOnly: this.unreadOnly(),
        language: apiLanguage(this.language()),
      });
      this.items.update((items) => [...(after ? (items ?? []) : []), ...myNotifications.nodes]);
      this.total.set(myNotifications.totalCount);
      this.cursor.set(myNotifications.pageInfo.hasNextPage ? (myNotifications.pageInfo.endCursor ?? null) : null);
    } catch (error) {
      this.problem.set(this.problemOf(error).message);
    }
  }
}
