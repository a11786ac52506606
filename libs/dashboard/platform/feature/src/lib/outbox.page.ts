import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { map } from 'rxjs';
import { GraphqlClient } from '@masswerk/dashboard/shared/data-access';
import { PageHeader, StateMessage } from '@masswerk/dashboard/shared/ui';
import { MwDateTimePipe } from '@masswerk/dashboard/shared/util';
import { PlatformOutboxDocument } from './outbox.generated';

const PAGE = 50;

/**
 * Every mail Maßwerk sent or holds: without SMTP (the embedded default) this is where invitations wait, so the
 * platform administrator can pass a link on by hand; with SMTP it is the record of what went out and what failed.
 */
@Component({
  selector: 'mw-outbox-page',
  imports: [MatButtonModule, MatIconModule, TranslocoPipe, PageHeader, StateMessage, MwDateTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mw-page-header [title]="'outbox.title' | transloco" [subtitle]="'outbox.subtitle' | transloco" />
    @if (outbox.value(); as o) {
      <p class="delivery" role="note" data-testid="outbox-delivery">
        {{ (o.smtp ? 'outbox.smtp' : 'outbox.noSmtp') | transloco }}
      </p>
      <p class="muted">{{ 'outbox.count' | transloco: { count: o.totalCount } }}</p>
      <ul class="mails" data-testid="outbox">
        @for (m of o.mails; track m.id) {
          <li class="card" [attr.data-testid]="'mail-' + m.toAddress">
            <h2 class="subject">{{ m.subject }}</h2>
            <p class="meta">
              {{ 'outbox.to' | transloco: { to: m.toAddress } }} · {{ m.createdAt | mwDateTime }} ·
              @if (m.sentAt) {
                <span class="tag ok">{{ 'outbox.sent' | transloco: { date: (m.sentAt | mwDateTime) } }}</span>
              } @else if (m.lastError) {
                <span class="tag warn">{{ 'outbox.failed' | transloco: { attempts: m.attempts } }}</span>
              } @else {
                <span class="tag">{{ 'outbox.waiting' | transloco }}</span>
              }
            </p>
            @if (m.lastError) {
              <p class="error">{{ m.lastError }}</p>
            }
            <pre class="body" data-testid="mail-body">{{ m.body }}</pre>
          </li>
        } @empty {
          <li><mw-state kind="empty" [message]="'outbox.empty' | transloco" /></li>
        }
      </ul>
      @if (o.hasNextPage) {
        <button mat-stroked-button type="button" (click)="more(o.endCursor)">{{ 'outbox.more' | transloco }}</button>
      }
    } @else if (outbox.error()) {
      <mw-state kind="error" [message]="'common.loadError' | transloco" />
    } @else {
      <mw-state kind="loading" [message]="'common.loading' | transloco" />
    }
  `,
  styles: `
    .mails {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 1rem;
    }
    .subject {
      font-size: 1.05rem;
      font-weight: 500;
      margin: 0 0 0.25rem;
    }
    .meta,
    .muted {
      color: #4f565d;
      margin: 0 0 0.5rem;
    }
    .body {
      white-space: pre-wrap;
      word-break: break-word;
      font-family: inherit;
      background: #f4f6f8;
      padding: 0.75rem;
      border-radius: 0.25rem;
      margin: 0;
    }
    .delivery {
      padding: 0.75rem;
      border-left: 4px solid #0b4f80;
      background: #eef4f9;
    }
    .error {
      color: #8c1d18;
    }
  `,
})
export class OutboxPage {
  private readonly client = inject(GraphqlClient);
  private readonly after = signal<string | null>(null);

  protected readonly outbox = rxResource({
    params: () => this.after(),
    stream: ({ params }) =>
      this.client.request(PlatformOutboxDocument, { first: PAGE, after: params }).pipe(
        map((d) => ({
          smtp: d.mailDelivery.smtp,
          totalCount: d.mailOutbox.totalCount,
          mails: d.mailOutbox.nodes,
          hasNextPage: d.mailOutbox.pageInfo.hasNextPage,
          endCursor: d.mailOutbox.pageInfo.endCursor,
        })),
      ),
  });

  protected more(cursor: string | null): void {
    this.after.set(cursor);
  }
}
