import { ChangeDetectionStrategy, Component } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import { CostCategoryView } from '@masswerk/dashboard/platform/data-access';
import { RecordListPage } from '../shared/platform-base';
import { RecordList, RecordRows, RowActions } from '../shared/record-list';
import { CostCategoryDialog, CostCategoryValues } from './cost-category.dialog';

/** The cost categories every project plans and books by (Personal, Sachkosten, …). */
@Component({
  selector: 'mw-platform-cost-categories-page',
  imports: [TranslocoPipe, RecordList, RecordRows, RowActions],
  providers: [provideTranslocoScope('platform')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mw-platform-record-list
      section="costs"
      [notice]="notice()"
      addTestId="add-cost-category"
      tableTestId="cost-categories-table"
      [columns]="['name', 'code', 'sortOrder', 'state']"
      [numeric]="['sortOrder']"
      (add)="open(null)"
    >
      <ng-template [mwRecordRows]="records" let-list>
        <tbody>
          @for (c of list; track c.id) {
            <tr [attr.data-testid]="'cost-category-' + c.code">
              <th scope="row">{{ c.name }}</th>
              <td>{{ c.code }}</td>
              <td class="num">{{ c.sortOrder }}</td>
              <td>{{ (c.active ? 'platform.costs.isActive' : 'platform.costs.isInactive') | transloco }}</td>
              <td class="row-actions">
                <mw-platform-row-actions [name]="c.name" [busy]="busy()" (edit)="open(c)" />
              </td>
            </tr>
          }
        </tbody>
      </ng-template>
    </mw-platform-record-list>
  `,
  styleUrl: '../shared/page.scss',
})
export class CostCategoriesPage extends RecordListPage {
  protected readonly records = rxResource({ stream: () => this.api.costCategories() });

  /** The code stays once created; a new category starts active. */
  protected open(c: CostCategoryView | null): void {
    const save = ({ code, active, ...v }: CostCategoryValues) =>
      c
        ? this.api.updateCostCategory({ id: c.id, version: c.version, active, ...v })
        : this.api.createCostCategory({ code, ...v });
    void this.openRecord(CostCategoryDialog, { item: c, save }, 'costs.created');
  }
}
