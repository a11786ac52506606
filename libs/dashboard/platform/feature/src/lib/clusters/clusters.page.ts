import { ChangeDetectionStrategy, Component } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { ClusterView } from '@masswerk/dashboard/platform/data-access';
import { RecordListPage } from '../shared/platform-base';
import { RecordList, RecordRows, RowActions } from '../shared/record-list';
import { ClusterDialog, ClusterValues } from './cluster.dialog';
import { EmptyRow } from '@masswerk/dashboard/shared/ui';

/** Clusters: model projects that compare themselves with each other. */
@Component({
  selector: 'mw-platform-clusters-page',
  imports: [EmptyRow, RouterLink, RecordList, RecordRows, RowActions],
  providers: [provideTranslocoScope('platform')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mw-platform-record-list
      section="clusters"
      [notice]="notice()"
      addTestId="add-cluster"
      tableTestId="clusters-table"
      [columns]="['name', 'projects']"
      (add)="open(null)"
    >
      <ng-template [mwRecordRows]="records" let-list>
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
                <mw-platform-row-actions
                  [name]="c.name"
                  [busy]="busy()"
                  [removable]="true"
                  (edit)="open(c)"
                  (remove)="remove(c)"
                />
              </td>
            </tr>
          } @empty {
            <tr mwEmptyRow [columns]="3" message="platform.clusters.empty"></tr>
          }
        </tbody>
      </ng-template>
    </mw-platform-record-list>
  `,
  styleUrl: '../shared/page.scss',
})
export class ClustersPage extends RecordListPage {
  protected readonly records = rxResource({ stream: () => this.api.clusters() });

  protected open(c: ClusterView | null): void {
    const save = (v: ClusterValues) =>
      c ? this.api.updateCluster({ id: c.id, version: c.version, ...v }) : this.api.createCluster(v);
    void this.openRecord(ClusterDialog, { item: c, save }, 'clusters.created');
  }

  protected remove(c: ClusterView): void {
    void this.removeRecord('clusters', c.name, () => this.api.deleteCluster(c.id, c.version));
  }
}
