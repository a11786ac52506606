import { PublicFieldsTable } from './public-fields.table';
import { ChangeDetectionStrategy, Component, computed, inject, input, resource } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { PublicProjectDocument, publicFieldRows } from '@masswerk/dashboard/public-site/data-access';
import { GraphqlClient } from '@masswerk/dashboard/shared/data-access';
import { LoadState, TableScroll } from '@masswerk/dashboard/shared/ui';
import { MwDatePipe, MwDateTimePipe } from '@masswerk/dashboard/shared/util';

/**
 * /oeffentlich/:code: a project's public page: who takes part, its strategy as released (vision, target pictures,
 * values), its fields of action with their goals and figures, funding and phases, key figures and what changed.
 */
@Component({
  selector: 'mw-public-project',
  imports: [RouterLink, TranslocoPipe, LoadState, TableScroll, MwDatePipe, MwDateTimePipe, PublicFieldsTable],
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

      @if (p.page?.strategy; as strategy) {
        <section aria-labelledby="public-strategy" data-testid="public-strategy">
          <h2 id="public-strategy">{{ 'publicSite.strategy' | transloco }}: {{ strategy.title }}</h2>
          <p class="muted">
            {{ strategy.versionLabel }}
            @if (strategy.adoptedOn) {
              · {{ 'publicSite.adopted' | transloco: { date: (strategy.adoptedOn | mwDate) } }}
            }
            @if (strategy.resolutionReference) {
              · {{ 'publicSite.resolution' | transloco: { reference: strategy.resolutionReference } }}
            }
          </p>
          @if (strategy.vision) {
            <h3>{{ 'publicSite.vision' | transloco }}</h3>
            <p class="prose">{{ strategy.vision }}</p>
          }
          @if (strategy.targetPictures.length) {
            <h3>{{ 'publicSite.targetPictures' | transloco }}</h3>
            <ul>
              @for (t of strategy.targetPictures; track $index) {
                <li>{{ t }}</li>
              }
            </ul>
          }
          @if (strategy.values.length) {
            <h3>{{ 'publicSite.values' | transloco }}</h3>
            <ul>
              @for (v of strategy.values; track $index) {
                <li>{{ v }}</li>
              }
            </ul>
          }
        </section>
      }

      <h2>{{ 'publicSite.fieldsOfAction' | transloco }}</h2>
      <mw-public-fields [fields]="fields()" [projectCode]="p.code" />
      @if (p.page) {
        <div data-testid="public-goals">
          @for (f of fields(); track f.name) {
            @if (f.description || f.goals.length) {
              <section class="field">
                <h3>{{ f.name }}</h3>
                @if (f.description) {
                  <p class="prose">{{ f.description }}</p>
                }
                @if (f.goals.length) {
                  <p class="goals-label">{{ 'publicSite.goals' | transloco }}</p>
                  <ul>
                    @for (g of f.goals; track g.code) {
                      <li>
                        <strong>{{ g.title }}</strong>
                        @if (g.description) {
                          – {{ g.description }}
                        }
                      </li>
                    }
                  </ul>
                }
              </section>
            }
          }
        </div>
      } @else {
        <p class="muted">{{ 'publicSite.noPage' | transloco }}</p>
      }

      @if (p.page?.project; as facts) {
        <h2>{{ 'publicSite.programme' | transloco }}</h2>
        <p data-testid="public-programme">
          {{ facts.programme }} · {{ 'publicSite.cohort' | transloco: { year: facts.cohortYear } }}
          @if (facts.websiteUrl) {
            · <a [href]="facts.websiteUrl" rel="noopener">{{ 'publicSite.website' | transloco }}</a>
          }
        </p>
        <mw-table-scroll [label]="'publicSite.phases' | transloco">
          <table class="data" data-testid="public-phases">
            <caption class="cdk-visually-hidden">
              {{
                'publicSite.phases' | transloco
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'publicSite.phase' | transloco }}</th>
                <th scope="col">{{ 'publicSite.planned' | transloco }}</th>
                <th scope="col">{{ 'publicSite.actual' | transloco }}</th>
              </tr>
            </thead>
            <tbody>
              @for (ph of facts.phases; track ph.phase) {
                <tr>
                  <th scope="row">{{ 'publicSite.phaseName.' + ph.phase | transloco }}</th>
                  <td>{{ ph.plannedStart | mwDate }} – {{ ph.plannedEnd | mwDate }}</td>
                  <td>
                    @if (ph.actualStart && !ph.actualEnd) {
                      {{ 'publicSite.since' | transloco: { date: (ph.actualStart | mwDate) } }}
                    } @else if (ph.actualStart) {
                      {{ ph.actualStart | mwDate }} – {{ ph.actualEnd | mwDate }}
                    } @else {
                      –
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </mw-table-scroll>
      }

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
            @if (c.subject === 'PROJECT_PAGE') {
              {{ 'publicSite.pageAction.' + c.action | transloco }}
            } @else {
              <a [routerLink]="['/oeffentlich', p.code, 'massnahmen', c.measureCode]">{{ c.measureCode }}</a>
              {{ 'publicSite.action.' + c.action | transloco: { title: c.measureTitle } }}
            }
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
    .prose {
      white-space: pre-line;
      max-width: 70ch;
    }
    .muted {
      color: #555;
    }
    .field h3 {
      margin-bottom: 0.25rem;
    }
    .goals-label {
      font-weight: 600;
      margin-bottom: 0;
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
  protected readonly fields = computed(() =>
    this.data.hasValue()
      ? publicFieldRows(
          this.data.value().publicProject.fieldsOfAction,
          this.data.value().publicProject.page?.fieldsOfAction,
        )
      : [],
  );
}
