import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { rxResource } from '@angular/core/rxjs-interop';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { Observable, of, throwError } from 'rxjs';
import { PagedSearch, RecordList, RecordRows, RowActions } from './record-list';

interface Unit {
  id: string;
  name: string;
}
interface UnitPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: Unit[];
}

const aPage = (names: string[], hasNextPage = false): UnitPage => ({
  totalCount: names.length + (hasNextPage ? 10 : 0),
  pageInfo: { hasNextPage, endCursor: hasNextPage ? 'c1' : null },
  nodes: names.map((name, i) => ({ id: String(i), name })),
});

@Component({
  selector: 'mw-test-units',
  imports: [RecordList, RecordRows, RowActions],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mw-platform-record-list
      section="units"
      addTestId="add-unit"
      tableTestId="units-table"
      [paging]="paging"
      searchTestId="unit-search"
      (add)="added = added + 1"
    >
      <ng-template [mwRecordRows]="records" let-page>
        <tbody>
          @for (u of page.nodes; track u.id) {
            <tr [attr.data-testid]="'unit-' + u.name">
              <td>
                <mw-platform-row-actions [name]="u.name" [removable]="true" (remove)="removed.set(u.name)" />
              </td>
            </tr>
          }
        </tbody>
      </ng-template>
    </mw-platform-record-list>
  `,
})
class TestUnits {
  static load: (params: { search: string; after: string | null }) => Observable<UnitPage> = () => of(aPage([]));
  readonly paging = new PagedSearch();
  readonly records = rxResource({ params: this.paging.params, stream: ({ params }) => TestUnits.load(params) });
  readonly removed = signal<string | null>(null);
  added = 0;
}

async function render(load: typeof TestUnits.load) {
  TestUnits.load = load;
  await TestBed.configureTestingModule({
    imports: [TestUnits, TranslocoTestingModule.forRoot({ langs: { de: {} }, translocoConfig: { defaultLang: 'de' } })],
  }).compileComponents();
  const fixture = TestBed.createComponent(TestUnits);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const byTestId = (id: string) => element.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  return { fixture, element, byTestId };
}

describe('RecordList', () => {
  it('shows the loaded records in its table, with their count, and asks for more by the cursor', async () => {
    const load = jest.fn((params: { after: string | null }) =>
      of(params.after ? aPage(['Trier']) : aPage(['Bitburg', 'Prüm'], true)),
    );
    const { fixture, element, byTestId } = await render(load);
    expect(byTestId('units-table')?.querySelectorAll('tr')).toHaveLength(2);
    expect(element.textContent).toContain('platform.units.count');
    const more = Array.from(element.querySelectorAll('button')).find((b) =>
      b.textContent?.includes('platform.accounts.more'),
    );
    more?.click();
    await fixture.whenStable();
    expect(load).toHaveBeenLastCalledWith({ search: '', after: 'c1' });
    expect(byTestId('unit-Trier')).not.toBeNull();
  });

  it('searches from the first page again', async () => {
    const load = jest.fn(() => of(aPage(['Bitburg'], true)));
    const { fixture, element, byTestId } = await render(load);
    fixture.componentInstance.paging.after.set('c1');
    const input = byTestId('unit-search') as HTMLInputElement;
    input.value = '  Prüm ';
    input.dispatchEvent(new Event('input'));
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    expect(load).toHaveBeenLastCalledWith({ search: 'Prüm', after: null });
  });

  it('says when the records could not be loaded, and offers the add button', async () => {
    const { fixture, element, byTestId } = await render(() => throwError(() => new Error('down')));
    expect(byTestId('units-table')).toBeNull();
    expect(element.textContent).toContain('common.loadError');
    byTestId('add-unit')?.click();
    expect(fixture.componentInstance.added).toBe(1);
  });

  it('labels its row buttons for screen readers and passes the deletion on', async () => {
    const { fixture, element } = await render(() => of(aPage(['Bitburg'])));
    const buttons = Array.from(element.querySelectorAll<HTMLButtonElement>('mw-platform-row-actions button'));
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      expect.stringContaining('platform.editNamed'),
      expect.stringContaining('platform.deleteNamed'),
    ]);
    buttons[1].click();
    expect(fixture.componentInstance.removed()).toBe('Bitburg');
  });
});
