import { ChangeDetectionStrategy, Component, inject, resource } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { PublicProjectsDocument } from '@masswerk/dashboard/public-site/data-access';
import { GraphqlClient } from '@masswerk/dashboard/shared/data-access';
import { LoadState } from '@masswerk/dashboard/shared/ui';
import { MwDatePipe } from '@masswerk/dashboard/shared/util';

/** /oeffentlich: the model projects that publish their Digitale Agenda. */
@Component({
  selector: 'mw-public-index',
  imports: [RouterLink, TranslocoPipe, LoadState, MwDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'publicSite.indexTitle' | transloco }}</h1>
    <p>{{ 'publicSite.indexIntro' | transloco }}</p>
    <mw-load-state [resource]="projects" />
    @if (projects.hasValue()) {
      @if (!projects.value().length) {
        <p data-testid="public-none">{{ 'publicSite.noProjects' | transloco }}</p>
      }
      <ul class="cards" data-testid="public-projects">
        @for (p of projects.value(); track p.code) {
          <li class="card">
            <h2>
              <a [routerLink]="['/oeffentlich', p.code]">{{ p.name }}</a>
            </h2>
            <p>
              {{ p.lead.name }}
              @if (p.clusterName) {
                · {{ p.clusterName }}
              }
            </p>
            <p>
              {{ 'publicSite.measureCount' | transloco: { count: p.publishedMeasureCount } }}
              @if (p.lastReleasedAt) {
                · {{ 'publicSite.updated' | transloco: { date: (p.lastReleasedAt | mwDate) } }}
              }
            </p>
          </li>
        }
      </ul>
    }
  `,
  styles: `
    .cards {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 1rem;
      grid-template-columns: repeat(auto-fill, minmax(260px, 1fr));
    }
    .card {
      border: 1px solid #ccc;
      border-radius: 8px;
      padding: 1rem;
    }
    h2 {
      font-size: 1.15rem;
      margin: 0 0 0.5rem;
    }
  `,
})
export class PublicIndexPage {
  private readonly client = inject(GraphqlClient);
  protected readonly projects = resource({
    loader: async () => (await this.client.run(PublicProjectsDocument)).publicProjects,
  });
}
