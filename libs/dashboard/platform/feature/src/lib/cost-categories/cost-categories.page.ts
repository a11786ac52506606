import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import { CostCategoryView, PlatformApi } from '@masswerk/dashboard/platform/data-access';
import { Notice, PageHeader, StateMessage } from '@masswerk/dashboard/shared/ui';
import { RecordListPage } from '../shared/platform-base';
import { CostCategoryDialog, CostCategoryValues } from './cost-category.dialog';

/** The cost categories every project plans and books by (Personal, Sachkosten, …). */
@Component({
  selector: 'mw-platform-cost-categories-page',
  imports: [MatButtonModule, MatIconModule, TranslocoPipe, PageHeader, StateMessage, Notice],
  providers: [provideTranslocoScope('platform')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mw-page-header
      [eyebrow]="'nav.platform' | transloco"
      [title]="'platform.costs.title' | transloco"
      [subtitle]="'platform.costs.intro' | transloco"
    />
    <div class="head">
      <span></span>
      <button mat-flat-button type="button" (click)="add()" data-testid="add-cost-category">
        <mat-icon aria-hidden="true">add</mat-icon>{{ 'platform.costs.add' | transloco }}
      </button>
    </div>
    <mw-notice [notice]="notice()" />
    @if (categories.error()) {
      <mw-state kind="error" [message]="'common.loadError' | transloco" />
    } @else if (categories.value(); as list) {
      <div class="table-wrap">
        <table class="data" data-testid="cost-categories-table">
          <caption class="cdk-visually-hidden">
            {{
              'platform.costs.title' | transloco
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'platform.costs.name' | transloco }}</th>
              <th scope="col">{{ 'platform.costs.code' | transloco }}</th>
              <th scope="col" class="num">{{ 'platform.costs.sortOrder' | transloco }}</th>
              <th scope="col">{{ 'platform.costs.state' | transloco }}</th>
              <th scope="col">{{ 'common.actions' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (c of list; track c.id) {
              <tr [attr.data-testid]="'cost-category-' + c.code">
                <th scope="row">{{ c.name }}</th>
                <td>{{ c.code }}</td>
                <td class="num">{{ c.sortOrder }}</td>
                <td>{{ (c.active ? 'platform.costs.isActive' : 'platform.costs.isInactive') | transloco }}</td>
                <td class="row-actions">
                  <button
                    mat-button
                    type="button"
                    (click)="edit(c)"
                    [attr.aria-label]="'platform.editNamed' | transloco: { name: c.name }"
                  >
                    {{ 'platform.edit' | transloco }}
                  </button>
                </td>
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
export class CostCategoriesPage extends RecordListPage {
  private readonly api = inject(PlatformApi);
  protected readonly categories = rxResource({ stream: () => this.api.costCategories() });

  protected reload(): void {
    this.categories.reload();
  }

  protected add(): void {
    void this.openForm(
      CostCategoryDialog,
      {
        item: null,
        save: ({ active: _a, ...v }: CostCategoryValues) => this.api.createCostCategory(v),
      },
      'costs.created',
    );
  }

  protected edit(c: CostCategoryView): void {
    void this.openForm(
      CostCategoryDialog,
      {
        item: c,
        save: ({ code: _c, ...v }: CostCategoryValues) =>
          this.api.updateCostCategory({ id: c.id, version: c.version, ...v }),
      },
      'saved',
    );
  }
}
