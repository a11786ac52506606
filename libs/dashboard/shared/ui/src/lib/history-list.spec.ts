import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { HistoryItem, HistoryList } from './history-list';
import { germanTransloco } from './testing';

const de = {
  entity: { Measure: 'Maßnahme', StatusReport: 'Statusbericht' },
  action: { CREATE: 'angelegt', UPDATE: 'geändert' },
  history: { entries: 'Einträge', more: '… und {{count}} weitere Felder' },
  historyField: { status: 'Bearbeitungsstand' },
  common: { yes: 'ja', no: 'nein' },
};

function anUpdate(changes: HistoryItem['changes'], measure: HistoryItem['measure'] = null): HistoryItem {
  return {
    id: '1',
    occurredAt: '2026-11-20T09:30:00Z',
    actorName: 'Projektbüro',
    entityType: 'Measure',
    action: 'UPDATE',
    changes,
    measure,
  };
}

async function render(entries: HistoryItem[], projectCode: string | null = null) {
  await TestBed.configureTestingModule({
    imports: [HistoryList, germanTransloco(de)],
    providers: [provideRouter([])],
  }).compileComponents();
  const fixture = TestBed.createComponent(HistoryList);
  fixture.componentRef.setInput('entries', entries);
  fixture.componentRef.setInput('projectCode', projectCode);
  fixture.componentRef.setInput('emptyText', 'Nichts geändert.');
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

describe('the history list', () => {
  it('names changed fields in words and shows values before and after', async () => {
    const el = await render([
      anUpdate([
        { field: 'status', before: '"PLANNING"', after: '"IN_PROGRESS"' },
        { field: 'published', before: 'false', after: 'true' },
        { field: 'tags', before: '["a"]', after: '["a","b"]' },
        { field: 'plannedEnd', before: null, after: '"2027-12-31"' },
      ]),
    ]);
    const lines = [...el.querySelectorAll('.changes li')].map((li) => li.textContent?.trim());
    expect(lines).toEqual([
      'Bearbeitungsstand: PLANNING → IN_PROGRESS',
      'published: nein → ja',
      'tags: 1 Einträge → 2 Einträge',
      'plannedEnd: – → 31.12.2027',
    ]);
    expect(el.textContent).toContain('Maßnahme geändert');
  });

  it('says how many more fields changed than it lists', async () => {
    const changes = Array.from({ length: 9 }, (_, i) => ({ field: `f${i}`, before: '1', after: '2' }));
    const el = await render([anUpdate(changes)]);
    expect(el.querySelectorAll('.changes li')).toHaveLength(7);
    expect(el.textContent).toContain('… und 3 weitere Felder');
  });

  it('links the measure on project-wide lists', async () => {
    const el = await render([anUpdate([], { code: 'EIF-M01', title: 'Datenplattform' })], 'EIF');
    const link = el.querySelector('a');
    expect(link?.getAttribute('href')).toBe('/projekte/EIF/massnahmen/EIF-M01');
    expect(link?.textContent).toContain('EIF-M01 – Datenplattform');
  });

  it('says so when nothing changed', async () => {
    const el = await render([]);
    expect(el.textContent).toContain('Nichts geändert.');
    expect(el.querySelector('ol')).toBeNull();
  });
});
