import { ChangeDetectionStrategy, Component } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import { UnitView } from '@masswerk/dashboard/platform/data-access';
import { firstValueFrom } from 'rxjs';
import { RecordListPage } from '../shared/platform-base';
import { PagedSearch, RecordList, RecordRows, RowActions } from '../shared/record-list';
import { UnitDialog, UnitDialogData, UnitValues } from './unit.dialog';
import { EmptyRow } from '@masswerk/dashboard/shared/ui';

const PAGE = 50;

/** Territorial units (Land, Landkreis, Verbandsgemeinde, Gemeinde) with their official keys. */
@Component({
  selector: 'mw-platform-units-page',
  imports: [EmptyRow, TranslocoPipe, RecordList, RecordRows, RowActions],
  providers: [provideTranslocoScope('platform')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mw-platform-record-list
      section="units"
      [notice]="notice()"
      addTestId="add-unit"
      tableTestId="units-table"
      (add)="open(null)"
      [paging]="paging"
      searchTestId="unit-search"
    >
      <ng-template [mwRecordRows]="records" let-page>
        <thead>
          <tr>
            <th scope="col">{{ 'platform.units.name' | transloco }}</th>
            <th scope="col">{{ 'platform.units.kind' | transloco }}</th>
            <th scope="col">ARS</th>
            <th scope="col">AGS</th>
            <th scope="col">{{ 'platform.units.parent' | transloco }}</th>
            <th scope="col">{{ 'common.actions' | transloco }}</th>
          </tr>
        </thead>
        <tbody>
          @for (u of page.nodes; track u.id) {
            <tr [attr.data-testid]="'unit-' + u.name">
              <th scope="row">{{ u.name }}</th>
              <td>{{ 'platform.kind.' + u.kind | transloco }}</td>
              <td>{{ u.ars ?? '–' }}</td>
              <td>{{ u.ags ?? '–' }}</td>
              <td>{{ u.parent?.name ?? '–' }}</td>
              <td class="row-actions">
                <mw-platform-row-actions
                  [name]="u.name"
                  [busy]="busy()"
                  [removable]="true"
                  (edit)="open(u)"
                  (remove)="remove(u)"
                />
              </td>
            </tr>
          } @empty {
            <tr mwEmptyRow [columns]="6" message="platform.units.empty"></tr>
          }
        </tbody>
      </ng-template>
    </mw-platform-record-list>
  `,
  styleUrl: '../shared/page.scss',
})
export class UnitsPage extends RecordListPage {
  protected readonly paging = new PagedSearch();
  protected readonly records = rxResource({
    params: this.paging.params,
    stream: ({ params }) => this.api.units(params.search ? { search: params.search } : {}, PAGE, params.after),
  });

  private async parents(): Promise<UnitView[]> {
    const page = await firstValueFrom(this.api.units({ kinds: ['LAND', 'LANDKREIS', 'VERBANDSGEMEINDE'] }, 100));
    return page.nodes;
  }

  /** The kind stays once created. */
  protected async open(u: UnitView | null): Promise<void> {
    const data: UnitDialogData = {
      item: u,
      parents: await this.parents(),
      save: ({ kind, ...v }: UnitValues) =>
        u ? this.api.updateUnit({ id: u.id, version: u.version, ...v }) : this.api.createUnit({ kind, ...v }),
    };
    void this.openRecord(UnitDialog, data, 'units.created');
  }

  protected remove(u: UnitView): void {
    void this.removeRecord('units', u.name, () => this.api.deleteUnit(u.id, u.version));
  }
}
