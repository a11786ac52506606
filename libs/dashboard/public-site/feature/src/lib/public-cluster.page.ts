import { ChangeDetectionStrategy, Component, computed, inject, input, resource } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { PublicClusterDocument } from '@masswerk/dashboard/public-site/data-access';
import { ApiError, GraphqlClient } from '@masswerk/dashboard/shared/data-access';
import {
  Chart,
  ChartSpec,
  LoadState,
  ProgressBar,
  StateMessage,
  STATUS_COLORS,
  TableScroll,
} from '@masswerk/dashboard/shared/ui';
import { LanguageService, MwDatePipe } from '@masswerk/dashboard/shared/util';
import { MEASURE_STATUSES } from '@masswerk/shared/domain';

/**
 * /oeffentlich/cluster/:id: a cluster's public page (issue 16, decision 0072): its projects that publish side by side
 * (published measures, status distribution, average progress, members), as a table and as a chart with its table.
 */
@Component({
  selector: 'mw-public-cluster',
  imports: [RouterLink, TranslocoPipe, LoadState, StateMessage, ProgressBar, TableScroll, Chart, MwDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (notFound()) {
      <mw-state kind="error" [message]="'publicSite.clusterNotFound' | transloco">
        <a routerLink="/oeffentlich">{{ 'publicSite.toIndex' | transloco }}</a>
      </mw-state>
    } @else {
      <mw-load-state [resource]="data" />
    }
    @if (data.hasValue()) {
      @let c = data.value();
      <nav class="breadcrumb" [attr.aria-label]="'publicSite.breadcrumb' | transloco">
        <a routerLink="/oeffentlich">{{ 'publicSite.indexTitle' | transloco }}</a> ›
        <span aria-current="page">{{ c.name }}</span>
      </nav>
      <h1>{{ c.name }}</h1>
      @if (c.description) {
        <p>{{ c.description }}</p>
      }
      <p>{{ 'publicSite.clusterIntro' | transloco: { count: c.projects.length } }}</p>

      <h2>{{ 'publicSite.comparison' | transloco }}</h2>
      <mw-table-scroll [label]="'publicSite.comparison' | transloco">
        <table class="data" data-testid="public-cluster-projects">
          <caption class="cdk-visually-hidden">
            {{
              'publicSite.comparison' | transloco
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'publicSite.project' | transloco }}</th>
              <th scope="col">{{ 'publicSite.lead' | transloco }}</th>
              <th scope="col" class="num">{{ 'publicSite.memberCount' | transloco }}</th>
              <th scope="col" class="num">{{ 'publicSite.measures' | transloco }}</th>
              <th scope="col">{{ 'publicSite.status' | transloco }}</th>
              <th scope="col">{{ 'publicSite.averageProgress' | transloco }}</th>
              <th scope="col">{{ 'publicSite.lastUpdate' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (p of c.projects; track p.code) {
              <tr>
                <th scope="row">
                  <a [routerLink]="['/oeffentlich', p.code]">{{ p.name }}</a>
                </th>
                <td>{{ p.lead.name }}</td>
                <td class="num">{{ p.members.length }}</td>
                <td class="num">{{ p.publishedMeasureCount }}</td>
                <td>
                  @for (s of p.statusCounts; track s.status; let last = $last) {
                    {{ s.count }} {{ 'status.' + s.status | transloco }}{{ last ? '' : ', ' }}
                  } @empty {
                    –
                  }
                </td>
                <td>
                  @if (p.averageProgress !== null) {
                    <mw-progress [value]="p.averageProgress" [label]="'publicSite.averageProgress' | transloco" />
                  } @else {
                    –
                  }
                </td>
                <td>{{ p.lastReleasedAt | mwDate }}</td>
              </tr>
            }
          </tbody>
        </table>
      </mw-table-scroll>

      @if (statusChart(); as spec) {
        <h2>{{ 'publicSite.statusComparison' | transloco }}</h2>
        <mw-chart
          [spec]="spec"
          [caption]="'publicSite.statusComparison' | transloco"
          [categoryLabel]="'publicSite.project' | transloco"
          [height]="120 + 48 * c.projects.length"
          data-testid="public-cluster-chart"
        />
      }
    }
  `,
  styles: `
    .num {
      text-align: right;
    }
    th[scope='row'] {
      text-align: left;
      font-weight: normal;
    }
  `,
})
export class PublicClusterPage {
  /** Route parameter: the cluster's id. */
  readonly id = input.required<string>();
  private readonly client = inject(GraphqlClient);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService).language;
  protected readonly data = resource({
    params: () => this.id(),
    loader: async ({ params }) => (await this.client.run(PublicClusterDocument, { id: params })).publicCluster,
  });

  /** Published measures per project by status, stacked; only the statuses some project has. */
  protected readonly statusChart = computed<ChartSpec | null>(() => {
    this.language();
    const projects = this.data.hasValue() ? this.data.value().projects : [];
    const countOf = (p: (typeof projects)[number], status: string) =>
      p.statusCounts.find((s) => s.status === status)?.count ?? 0;
    const statuses = MEASURE_STATUSES.filter((s) => projects.some((p) => countOf(p, s) > 0));
    if (!statuses.length) return null;
    return {
      kind: 'horizontalStackedBar',
      categories: projects.map((p) => p.name),
      series: statuses.map((s) => ({
        name: this.transloco.translate(`status.${s}`),
        color: STATUS_COLORS[s],
        values: projects.map((p) => countOf(p, s)),
      })),
    };
  });
  /** An address for no such place (or a key of the wrong shape) says so, rather than "reload". */
  protected readonly notFound = computed(() => {
    const error = this.data.error();
    return error instanceof ApiError && (error.code === 'NOT_FOUND' || error.code === 'BAD_USER_INPUT');
  });
}
