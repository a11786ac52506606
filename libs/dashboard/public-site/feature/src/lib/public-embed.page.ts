import { ChangeDetectionStrategy, Component, inject, input, resource } from '@angular/core';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import { PublicEmbedDocument } from '@masswerk/dashboard/public-site/data-access';
import { GraphqlClient } from '@masswerk/dashboard/shared/data-access';
import { LoadState, ProgressBar, STATUS_COLORS, StatusChip } from '@masswerk/dashboard/shared/ui';
import { MwDatePipe } from '@masswerk/dashboard/shared/util';

/**
 * /oeffentlich/:code/einbettung (issue 16, decision 0073): a project's summary for a frame on the county's own site,
 * without the public site's header and footer: its published measures by status and by field of action, when it
 * was last updated, and a link to the full public page (in a new tab: a link inside a frame should not replace only
 * the frame). Narrow (300 px and up), no request to another origin, no cookie. Which sites may frame it is the
 * server's `PUBLIC_EMBED_ANCESTORS`.
 */
@Component({
  selector: 'mw-public-embed',
  imports: [TranslocoPipe, LoadState, ProgressBar, StatusChip, MwDatePipe],
  providers: [provideTranslocoScope('publicEmbed')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <main class="embed" data-testid="public-embed">
      <mw-load-state [resource]="data" />
      @if (data.hasValue()) {
        @let p = data.value().publicProject;
        <h1>{{ p.name }}</h1>
        <p class="figures">
          <strong data-testid="embed-count">{{
            'publicEmbed.measureCount' | transloco: { count: p.publishedMeasureCount }
          }}</strong>
          @if (p.lastReleasedAt) {
            <br />{{ 'publicEmbed.updated' | transloco: { date: (p.lastReleasedAt | mwDate) } }}
          }
        </p>

        @if (p.statusCounts.length) {
          <h2>{{ 'publicEmbed.byStatus' | transloco }}</h2>
          <div class="bar" aria-hidden="true">
            @for (s of p.statusCounts; track s.status) {
              <span class="segment" [style.flex-grow]="s.count" [style.background]="colors[s.status]"></span>
            }
          </div>
          <ul class="statuses" data-testid="embed-statuses">
            @for (s of p.statusCounts; track s.status) {
              <li>
                <mw-status-chip [status]="s.status" /> <span class="count">{{ s.count }}</span>
              </li>
            }
          </ul>
        }

        @if (p.fieldsOfAction.length) {
          <h2>{{ 'publicEmbed.fieldsOfAction' | transloco }}</h2>
          <ul class="fields" data-testid="embed-fields">
            @for (f of p.fieldsOfAction; track f.name) {
              <li>
                <span class="field-name">{{ f.name }}</span>
                <span class="field-count">{{ 'publicEmbed.measures' | transloco: { count: f.measureCount } }}</span>
                @if (f.averageProgress !== null) {
                  <mw-progress
                    [value]="f.averageProgress"
                    [label]="'publicEmbed.averageProgressOf' | transloco: { field: f.name }"
                  />
                }
              </li>
            }
          </ul>
        }

        <p class="more">
          <a [href]="'/oeffentlich/' + encode(p.code)" target="_blank" rel="noopener" data-testid="embed-link"
            >{{ 'publicEmbed.toAgenda' | transloco
            }}<span class="cdk-visually-hidden"> {{ 'publicEmbed.newTab' | transloco }}</span></a
          >
        </p>
      }
    </main>
  `,
  styles: `
    :host {
      display: block;
    }
    .embed {
      box-sizing: border-box;
      max-width: 40rem;
      padding: 0.75rem 1rem;
      font-size: 0.95rem;
      overflow-wrap: anywhere;
    }
    h1 {
      font-size: 1.25rem;
      margin: 0 0 0.5rem;
    }
    h2 {
      font-size: 1rem;
      margin: 1rem 0 0.5rem;
    }
    .figures {
      margin: 0;
    }
    .bar {
      display: flex;
      height: 0.5rem;
      border-radius: 0.25rem;
      overflow: hidden;
      margin-bottom: 0.5rem;
    }
    .segment {
      flex-basis: 0;
      background: #8c8c8c;
    }
    ul {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .statuses {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.75rem;
    }
    .statuses li {
      display: inline-flex;
      align-items: center;
      gap: 0.375rem;
    }
    .count {
      font-weight: 600;
    }
    .fields li {
      display: grid;
      grid-template-columns: 1fr auto;
      gap: 0.125rem 0.5rem;
      padding: 0.375rem 0;
      border-bottom: 1px solid #ddd;
    }
    .fields mw-progress {
      grid-column: 1 / -1;
    }
    .field-count {
      white-space: nowrap;
      color: #555;
    }
    .more {
      margin: 1rem 0 0;
    }
  `,
})
export class PublicEmbedPage {
  /** Route parameter. */
  readonly code = input.required<string>();
  private readonly client = inject(GraphqlClient);
  protected readonly data = resource({
    params: () => this.code(),
    loader: ({ params }) => this.client.run(PublicEmbedDocument, { code: params }),
  });
  protected readonly encode = encodeURIComponent;
  protected readonly colors = STATUS_COLORS;
}
