import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { RoadmapChart, RoadmapRowGroup } from './roadmap-chart';
import { aField, aMeasure, aMeasureWithOverdueMilestone } from './roadmap.factories';
import { rowGeometry } from './roadmap.model';
import { timeScale } from './roadmap.timeline';

const TODAY = '2026-11-21';

async function render(groups: RoadmapRowGroup[]) {
  await TestBed.configureTestingModule({
    imports: [
      RoadmapChart,
      TranslocoTestingModule.forRoot({ langs: { de: {} }, translocoConfig: { defaultLang: 'de' } }),
    ],
    providers: [provideRouter([])],
  }).compileComponents();
  const fixture = TestBed.createComponent(RoadmapChart);
  const scale = timeScale(['2021-01-01', '2027-12-31']);
  if (!scale) throw new Error('no scale');
  const schedule = { plannedStart: '2023-04-01', plannedEnd: '2027-12-31', actualStart: null, actualEnd: null };
  fixture.componentRef.setInput('caption', 'Zeitplan');
  fixture.componentRef.setInput('groups', groups);
  fixture.componentRef.setInput('scale', scale);
  fixture.componentRef.setInput('today', TODAY);
  fixture.componentRef.setInput('phaseA', { ...schedule, plannedStart: '2021-01-01', plannedEnd: '2022-12-31' });
  fixture.componentRef.setInput('phaseB', schedule);
  await fixture.whenStable();
  return { fixture, element: fixture.nativeElement as HTMLElement, scale };
}

function groupsOf(scale: NonNullable<ReturnType<typeof timeScale>>): RoadmapRowGroup[] {
  const measures = [aMeasure({ id: 'a', code: 'EIF-M01' }), aMeasureWithOverdueMilestone({ id: 'b', code: 'EIF-M02' })];
  return [
    {
      field: aField('hf1', 1, 'Datenplattform'),
      rows: measures.map((m) => ({
        measure: m,
        link: ['/projekte', 'EIF', 'massnahmen', m.code],
        geometry: rowGeometry(m, scale, TODAY),
      })),
    },
  ];
}

describe('the roadmap drawing', () => {
  const scale = timeScale(['2021-01-01', '2027-12-31']);
  if (!scale) throw new Error('no scale');

  it('hides the drawing from screen readers and keeps the schedule as a table', async () => {
    const { element } = await render(groupsOf(scale));
    const svgs = Array.from(element.querySelectorAll('.gantt svg.axis, .gantt svg.track, .gantt svg.backdrop'));
    expect(svgs.length).toBe(4);
    expect(svgs.every((svg) => svg.getAttribute('aria-hidden') === 'true')).toBe(true);
    expect(element.querySelectorAll('[data-testid="roadmap-table"] tbody th[scope="row"]')).toHaveLength(2);
    expect(element.querySelectorAll('[data-testid="roadmap-row"] a')[1]?.getAttribute('href')).toBe(
      '/projekte/EIF/massnahmen/EIF-M02',
    );
  });

  it('draws an overdue milestone as its own shape', async () => {
    const { element } = await render(groupsOf(scale));
    expect(element.querySelectorAll('svg.marker[data-kind="overdue"] .m-overdue')).toHaveLength(1);
  });

  it('keeps the hidden table out of the tab order until it is shown', async () => {
    const { fixture, element } = await render(groupsOf(scale));
    const tableLinks = () => Array.from(element.querySelectorAll('[data-testid="roadmap-table"] a'));
    expect(tableLinks().every((a) => a.getAttribute('tabindex') === '-1')).toBe(true);
    (element.querySelector('[data-testid="roadmap-table-toggle"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(tableLinks().some((a) => a.hasAttribute('tabindex'))).toBe(false);
    expect(element.querySelector('.gantt')?.classList).toContain('hidden');
  });
});
