import { PublicFieldsTable } from './public-fields.table';
import { ChangeDetectionStrategy, Component, computed, inject, input, resource } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { PublicMunicipalityDocument } from '@masswerk/dashboard/public-site/data-access';
import { ApiError, GraphqlClient } from '@masswerk/dashboard/shared/data-access';
import { LoadState, StateMessage, StatusChip } from '@masswerk/dashboard/shared/ui';

/**
 * /oeffentlich/:code/kommunen/:ars: a member municipality's public page (issue 16, decision 0072): the released
 * measures it leads or takes part in, counted by status and field of action, and the first of them.
 */
@Component({
  selector: 'mw-public-municipality',
  imports: [RouterLink, TranslocoPipe, LoadState, StateMessage, StatusChip, PublicFieldsTable],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (notFound()) {
      <mw-state kind="error" [message]="'publicSite.municipalityNotFound' | transloco">
        <a routerLink="/oeffentlich">{{ 'publicSite.toIndex' | transloco }}</a>
      </mw-state>
    } @else {
      <mw-load-state [resource]="data" />
    }
    @if (data.hasValue()) {
      @let m = data.value().publicMunicipality;
      @let list = data.value().publicMeasures;
      <nav class="breadcrumb" [attr.aria-label]="'publicSite.breadcrumb' | transloco">
        <a routerLink="/oeffentlich">{{ 'publicSite.indexTitle' | transloco }}</a> ›
        <a [routerLink]="['/oeffentlich', m.project.code]">{{ m.project.name }}</a> ›
        <span aria-current="page">{{ m.name }}</span>
      </nav>
      <h1>{{ m.name }}</h1>
      <p>
        {{ 'publicSite.ars' | transloco }}: <span data-testid="public-ars">{{ m.ars }}</span> ·
        {{ 'publicSite.memberOf' | transloco }}
        <a [routerLink]="['/oeffentlich', m.project.code]">{{ m.project.name }}</a>
        @if (m.project.clusterId) {
          · {{ 'publicSite.cluster' | transloco }}:
          <a [routerLink]="['/oeffentlich', 'cluster', m.project.clusterId]">{{ m.project.clusterName }}</a>
        }
      </p>
      <p class="figures" data-testid="public-municipality-figures">
        <strong>{{ 'publicSite.involvedIn' | transloco: { count: m.measureCount } }}</strong>
        · {{ 'publicSite.leads' | transloco: { count: m.leadCount } }}
        @for (s of m.statusCounts; track s.status) {
          · {{ s.count }} {{ 'status.' + s.status | transloco }}
        }
      </p>

      @if (m.fieldsOfAction.length) {
        <h2>{{ 'publicSite.fieldsOfAction' | transloco }}</h2>
        <mw-public-fields
          [fields]="m.fieldsOfAction"
          [projectCode]="m.project.code"
          [municipality]="m.ars"
          testId="public-municipality-fields"
        />
      }

      <h2>{{ 'publicSite.measures' | transloco }}</h2>
      <ul class="measures" data-testid="public-municipality-measures">
        @for (x of list.nodes; track x.code) {
          <li>
            <a [routerLink]="['/oeffentlich', m.project.code, 'massnahmen', x.code]">{{ x.code }} {{ x.title }}</a>
            @if (x.leadMunicipality?.ars === m.ars) {
              <span class="lead">({{ 'publicSite.leadShort' | transloco }})</span>
            }
            @if (x.status) {
              <mw-status-chip [status]="x.status" />
            }
          </li>
        } @empty {
          <li>{{ 'publicSite.noMeasuresHere' | transloco }}</li>
        }
      </ul>
      @if (list.totalCount > 0) {
        <p>
          <a
            [routerLink]="['/oeffentlich', m.project.code, 'massnahmen']"
            [queryParams]="{ kommune: m.ars }"
            data-testid="public-municipality-all"
            >{{ 'publicSite.allMeasuresHere' | transloco: { count: list.totalCount } }}</a
          >
        </p>
      }
    }
  `,
  styles: `
    .num {
      text-align: right;
    }
    .measures {
      padding-left: 1.25rem;
    }
    .measures li {
      margin: 0.35rem 0;
    }
    .measures mw-status-chip {
      margin-left: 0.5rem;
    }
    .lead {
      color: #555;
      margin-left: 0.25rem;
    }
  `,
})
export class PublicMunicipalityPage {
  /** Route parameters. */
  readonly code = input.required<string>();
  readonly ars = input.required<string>();
  private readonly client = inject(GraphqlClient);
  protected readonly data = resource({
    params: () => ({ projectCode: this.code(), ars: this.ars() }),
    loader: ({ params }) => this.client.run(PublicMunicipalityDocument, params),
  });
  /** An address for no such place (or a key of the wrong shape) says so, rather than "reload". */
  protected readonly notFound = computed(() => {
    const error = this.data.error();
    return error instanceof ApiError && (error.code === 'NOT_FOUND' || error.code === 'BAD_USER_INPUT');
  });
}
