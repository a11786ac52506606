import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { StatusReportForm } from './status-report-form';

async function render() {
  await TestBed.configureTestingModule({
    imports: [
      StatusReportForm,
      TranslocoTestingModule.forRoot({ langs: { de: {} }, translocoConfig: { defaultLang: 'de' } }),
    ],
  }).compileComponents();
  const fixture = TestBed.createComponent(StatusReportForm);
  fixture.componentRef.setInput('initialProgress', 30);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const field = (testid: string) =>
    element.querySelector<HTMLInputElement>(`[data-testid="${testid}"]`) as HTMLInputElement;
  const type = async (testid: string, value: string) => {
    field(testid).value = value;
    field(testid).dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  return { fixture, field, type };
}

describe('StatusReportForm', () => {
  it('starts with the measure’s progress and follows it while untouched', async () => {
    const { fixture, field } = await render();
    expect(field('report-progress').value).toBe('30');
    fixture.componentRef.setInput('initialProgress', 40);
    await fixture.whenStable();
    expect(field('report-progress').value).toBe('40');
  });

  it('keeps the typed draft when the page reloads the measure or the API refuses the report', async () => {
    const { fixture, field, type } = await render();
    await type('report-progress', '55');
    await type('report-achieved', 'Ausschreibung veröffentlicht');
    // the measure page reloads after a milestone was saved: the progress may have moved
    fixture.componentRef.setInput('initialProgress', 45);
    fixture.componentRef.setInput('serverError', 'Die Eingabe wurde nicht angenommen.');
    await fixture.whenStable();
    expect(field('report-progress').value).toBe('55');
    expect(field('report-achieved').value).toBe('Ausschreibung veröffentlicht');
    expect((fixture.nativeElement as HTMLElement).textContent).toContain('Die Eingabe wurde nicht angenommen.');
  });
});

describe('StatusReportForm: the report date', () => {
  it('is today by default and refuses a day after today', async () => {
    const { fixture, field, type } = await render();
    fixture.componentRef.setInput('today', '2026-11-21');
    await fixture.whenStable();
    expect(field('report-date').value).toBe('21.11.2026');
    const saved: unknown[] = [];
    fixture.componentInstance.saved.subscribe((d) => saved.push(d));
    (fixture.nativeElement as HTMLElement)
      .querySelector<HTMLInputElement>('[data-testid="light-GREEN"] input')
      ?.click();
    await type('report-date', '22.11.2026');
    (fixture.nativeElement as HTMLElement).querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    expect(saved).toEqual([]);
    await type('report-date', '01.11.2026');
    (fixture.nativeElement as HTMLElement).querySelector('form')?.dispatchEvent(new Event('submit'));
    expect(saved).toEqual([expect.objectContaining({ reportDate: '2026-11-01', trafficLight: 'GREEN' })]);
  });

  it('starts a correction from the report and keeps it when the measure reloads', async () => {
    const { fixture, field } = await render();
    const report = {
      reportDate: '2026-10-01',
      trafficLight: 'YELLOW' as const,
      progress: 45,
      achieved: 'Vergabe',
      nextSteps: '',
      risks: '',
    };
    fixture.componentRef.setInput('initial', report);
    fixture.componentRef.setInput('today', '2026-11-21');
    fixture.componentRef.setInput('initialProgress', 60);
    await fixture.whenStable();
    expect(field('report-date').value).toBe('01.10.2026');
    expect(field('report-progress').value).toBe('45');
  });
});
