import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import { PlatformApi, UnitView } from '@masswerk/dashboard/platform/data-access';
import { firstValueFrom } from 'rxjs';
import { RecordListPage } from '../shared/platform-base';
import { RecordList, RecordRows, RowActions } from '../shared/record-list';
import { UnitDialog, UnitDialogData, UnitValues } from './unit.dialog';

const PAGE = 50;

/** Territorial units (Land, Landkreis, Verbandsgemeinde, Gemeinde) with their official keys. */
@Component({
  selector: 'mw-platform-units-page',
  imports: [
    MatButtonModule,
    FormsModule,
    MatFormFieldModule,
    MatInputModule,
    TranslocoPipe,
    RecordList,
    RecordRows,
    RowActions,
  ],
  providers: [provideTranslocoScope('platform')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mw-platform-record-list
      section="units"
      [notice]="notice()"
      addTestId="add-unit"
      tableTestId="units-table"
      (add)="add()"
      (more)="after.set($event)"
    >
      <form class="filters" filters role="search" (ngSubmit)="find()">
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ 'platform.units.search' | transloco }}</mat-label>
          <input matInput name="q" [(ngModel)]="query" data-testid="unit-search" />
        </mat-form-field>
        <button mat-stroked-button type="submit">{{ 'platform.units.find' | transloco }}</button>
      </form>
      <ng-template [mwRecordRows]="units" let-page>
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
                  (edit)="edit(u)"
                  (remove)="remove(u)"
                />
              </td>
            </tr>
          } @empty {
            <tr>
              <td colspan="6">{{ 'platform.units.empty' | transloco }}</td>
            </tr>
          }
        </tbody>
      </ng-template>
    </mw-platform-record-list>
  `,
  styleUrl: '../shared/page.scss',
})
export class UnitsPage extends RecordListPage {
  private readonly api = inject(PlatformApi);
  protected query = '';
  protected readonly search = signal('');
  protected readonly after = signal<string | null>(null);
  protected readonly units = rxResource({
    params: () => ({ search: this.search(), after: this.after() }),
    stream: ({ params }) => this.api.units(params.search ? { search: params.search } : {}, PAGE, params.after),
  });

  protected find(): void {
    this.after.set(null);
    this.search.set(this.query.trim());
  }

  protected reload(): void {
    this.units.reload();
  }

  private async parents(): Promise<UnitView[]> {
    const page = await firstValueFrom(this.api.units({ kinds: ['LAND', 'LANDKREIS', 'VERBANDSGEMEINDE'] }, 100));
    return page.nodes;
  }

  protected async add(): Promise<void> {
    const data: UnitDialogData = {
      item: null,
      parents: await this.parents(),
      save: (v: UnitValues) => this.api.createUnit(v),
    };
    void this.openForm(UnitDialog, data, 'units.created');
  }

  protected async edit(u: UnitView): Promise<void> {
    const data: UnitDialogData = {
      item: u,
      parents: await this.parents(),
      save: ({ kind: _kind, ...v }: UnitValues) => this.api.updateUnit({ id: u.id, version: u.version, ...v }),
    };
    void this.openForm(UnitDialog, data, 'saved');
  }

  protected remove(u: UnitView): void {
    void this.confirmThen(
      {
        title: this.t('units.deleteTitle', { name: u.name }),
        message: this.t('units.deleteMessage'),
        confirm: this.t('delete'),
      },
      () => this.api.deleteUnit(u.id, u.version),
      this.t('deleted', { name: u.name }),
    );
  }
}
