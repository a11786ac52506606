import { ChangeDetectionStrategy, Component, inject, input, resource } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { PublicProjectDocument } from '@masswerk/dashboard/public-site/data-access';
import { GraphqlClient } from '@masswerk/dashboard/shared/data-access';
import { LoadState, ProgressBar, TableScroll } from '@masswerk/dashboard/shared/ui';
import { MwDatePipe, MwDateTimePipe } from '@masswerk/dashboard/shared/util';

/** /oeffentlich/:code: a project's public page: who takes part, its fields of action, key figures and what changed. */
@Component({
  selector: 'mw-public-project',
  imports: [RouterLink, TranslocoPipe, LoadState, ProgressBar, TableScroll, MwDatePipe, MwDateTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mw-load-state [resource]="data" />
    @if (data.hasValue()) {
      @let p = data.value().publicProject;
      <nav class="breadcrumb" [attr.aria-label]="'publicSite.breadcrumb' | transloco">
        <a routerLink="/oeffentlich">{{ 'publicSite.indexTitle' | transloco }}</a> ›
        <span aria-current="page">{{ p.name }}</span>
      </nav>
      <h1>{{ p.name }}</h1>
      <p>
        {{ 'publicSite.lead' | transloco }}: {{ p.lead.name }}
        @if (p.clusterName && p.clusterId) {
          · {{ 'publicSite.cluster' | transloco }}:
          <a [routerLink]="['/oeffentlich', 'cluster', p.clusterId]" data-testid="public-to-cluster">{{
            p.clusterName
          }}</a>
        }
      </p>
      <p class="figures" data-testid="public-figures">
        <strong>{{ 'publicSite.measureCount' | transloco: { count: p.publishedMeasureCount } }}</strong>
        @for (s of p.statusCounts; track s.status) {
          · {{ s.count }} {{ 'status.' + s.status | transloco }}
        }
        @if (p.lastReleasedAt) {
          · {{ 'publicSite.updated' | transloco: { date: (p.lastReleasedAt | mwDate) } }}
        }
      </p>
      <p>
        <a [routerLink]="['/oeffentlich', p.code, 'massnahmen']" data-testid="public-to-measures">{{
          'publicSite.toMeasures' | transloco
        }}</a>
      </p>

      <h2>{{ 'publicSite.fieldsOfAction' | transloco }}</h2>
      <mw-table-scroll [label]="'publicSite.fieldsOfAction' | transloco">
        <table class="data" data-testid="public-fields">
          <caption class="cdk-visually-hidden">
            {{
              'publicSite.fieldsOfAction' | transloco
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'publicSite.fieldOfAction' | transloco }}</th>
              <th scope="col" class="num">{{ 'publicSite.measures' | transloco }}</th>
              <th scope="col">{{ 'publicSite.averageProgress' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (f of p.fieldsOfAction; track f.name) {
              <tr>
                <td>
                  <a [routerLink]="['/oeffentlich', p.code, 'massnahmen']" [queryParams]="{ handlungsfeld: f.name }">{{
                    f.name
                  }}</a>
                </td>
                <td class="num">{{ f.measureCount }}</td>
                <td>
                  @if (f.averageProgress !== null) {
                    <mw-progress [value]="f.averageProgress" [label]="'publicSite.averageProgress' | transloco" />
                  } @else {
                    –
                  }
                </td>
              </tr>
            }
          </tbody>
        </table>
      </mw-table-scroll>

      <h2>{{ 'publicSite.members' | transloco }}</h2>
      <p data-testid="public-members">
        @for (m of p.members; track m.name; let last = $last) {
          @if (m.ars) {
            <a [routerLink]="['/oeffentlich', p.code, 'kommunen', m.ars]">{{ m.name }}</a>
          } @else {
            {{ m.name }}
          }
          {{ last ? '' : ' · ' }}
        }
      </p>

      <h2>{{ 'publicSite.changes' | transloco }}</h2>
      <ul data-testid="public-change-log">
        @for (c of data.value().publicChangeLog; track c.id) {
          <li>
            {{ c.createdAt | mwDateTime }}:
            <a [routerLink]="['/oeffentlich', p.code, 'massnahmen', c.measureCode]">{{ c.measureCode }}</a>
            {{ 'publicSite.action.' + c.action | transloco: { title: c.measureTitle } }}
          </li>
        } @empty {
          <li>{{ 'publicSite.noChanges' | transloco }}</li>
        }
      </ul>
    }
  `,
  styles: `
    .num {
      text-align: right;
    }
  `,
})
export class PublicProjectPage {
  /** Route parameter. */
  readonly code = input.required<string>();
  private readonly client = inject(GraphqlClient);
  protected readonly data = resource({
    params: () => this.code(),
    loader: ({ params }) => this.client.run(PublicProjectDocument, { code: params }),
  });
}
