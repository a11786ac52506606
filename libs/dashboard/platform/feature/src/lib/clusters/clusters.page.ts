import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import { ClusterView, PlatformApi } from '@masswerk/dashboard/platform/data-access';
import { Notice, PageHeader, StateMessage } from '@masswerk/dashboard/shared/ui';
import { RecordListPage } from '../shared/platform-base';
import { ClusterDialog, ClusterValues } from './cluster.dialog';

/** Clusters: model projects that compare themselves with each other. */
@Component({
  selector: 'mw-platform-clusters-page',
  imports: [MatButtonModule, MatIconModule, RouterLink, TranslocoPipe, PageHeader, StateMessage, Notice],
  providers: [provideTranslocoScope('platform')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mw-page-header
      [eyebrow]="'nav.platform' | transloco"
      [title]="'platform.clusters.title' | transloco"
      [subtitle]="'platform.clusters.intro' | transloco"
    />
    <div class="head">
      <span></span>
      <button mat-flat-button type="button" (click)="add()" data-testid="add-cluster">
        <mat-icon aria-hidden="true">add</mat-icon>{{ 'platform.clusters.add' | transloco }}
      </button>
    </div>
    <mw-notice [notice]="notice()" />
    @if (clusters.error()) {
      <mw-state kind="error" [message]="'common.loadError' | transloco" />
    } @else if (clusters.value(); as list) {
      <div class="table-wrap">
        <table class="data" data-testid="clusters-table">
          <caption class="cdk-visually-hidden">
            {{
              'platform.clusters.title' | transloco
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'platform.clusters.name' | transloco }}</th>
              <th scope="col">{{ 'platform.clusters.projects' | transloco }}</th>
              <th scope="col">{{ 'common.actions' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (c of list; track c.id) {
              <tr [attr.data-testid]="'cluster-' + c.name">
                <th scope="row">
                  <a [routerLink]="['/projekte/cluster', c.id]">{{ c.name }}</a>
                  @if (c.description) {
                    <br /><span class="muted">{{ c.description }}</span>
                  }
                </th>
                <td>
                  @for (p of c.modelProjects; track p.id; let last = $last) {
                    {{ p.name }}{{ last ? '' : ', ' }}
                  } @empty {
                    –
                  }
                </td>
                <td class="row-actions">
                  <button
                    mat-button
                    type="button"
                    (click)="edit(c)"
                    [attr.aria-label]="'platform.editNamed' | transloco: { name: c.name }"
                  >
                    {{ 'platform.edit' | transloco }}
                  </button>
                  <button
                    mat-button
                    type="button"
                    [disabled]="busy()"
                    (click)="remove(c)"
                    [attr.aria-label]="'platform.deleteNamed' | transloco: { name: c.name }"
                  >
                    {{ 'platform.delete' | transloco }}
                  </button>
                </td>
              </tr>
            } @empty {
              <tr>
                <td colspan="3">{{ 'platform.clusters.empty' | transloco }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    } @else {
      <mw-state kind="loading" [message]="'common.loading' | transloco" />
    }
  `,
  styleUrl: '../shared/page.scss',
})
export class ClustersPage extends RecordListPage {
  private readonly api = inject(PlatformApi);
  protected readonly clusters = rxResource({ stream: () => this.api.clusters() });

  protected reload(): void {
    this.clusters.reload();
  }

  protected add(): void {
    void this.openForm(
      ClusterDialog,
      { item: null, save: (v: ClusterValues) => this.api.createCluster(v) },
      'clusters.created',
    );
  }

  protected edit(c: ClusterView): void {
    void this.openForm(
      ClusterDialog,
      { item: c, save: (v: ClusterValues) => this.api.updateCluster({ id: c.id, version: c.version, ...v }) },
      'saved',
    );
  }

  protected remove(c: ClusterView): void {
    void this.confirmThen(
      {
        title: this.t('clusters.deleteTitle', { name: c.name }),
        message: this.t('clusters.deleteMessage'),
        confirm: this.t('delete'),
      },
      () => this.api.deleteCluster(c.id, c.version),
      this.t('deleted', { name: c.name }),
    );
  }
}
