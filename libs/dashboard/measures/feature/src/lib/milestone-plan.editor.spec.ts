import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { MeasureDetail, MeasuresApi } from '@masswerk/dashboard/measures/data-access';
import { ApiError } from '@masswerk/dashboard/shared/data-access';
import { aMilestone } from './measure.factories';
import { MilestonePlanEditor } from './milestone-plan.editor';

type Milestone = MeasureDetail['milestones'][number];

async function render(milestone: Milestone) {
  // jsdom draws nothing: the error summary's scrolling is a no-op here
  Element.prototype.scrollIntoView = jest.fn();
  const api = {
    updateMilestone: jest.fn(
      (): Promise<unknown> =>
        Promise.reject(new ApiError('CONFLICT', 'geändert', { reason: 'STALE_VERSION', currentVersion: 4 })),
    ),
    reportMilestone: jest.fn(() => Promise.resolve({})),
    createMilestone: jest.fn(() => Promise.resolve({})),
  };
  await TestBed.configureTestingModule({
    imports: [
      MilestonePlanEditor,
      TranslocoTestingModule.forRoot({
        langs: { de: {} },
        translocoConfig: { defaultLang: 'de' },
      }),
    ],
    providers: [{ provide: MeasuresApi, useValue: api }],
  }).compileComponents();
  const fixture = TestBed.createComponent(MilestonePlanEditor);
  fixture.componentRef.setInput('measureId', 'x');
  fixture.componentRef.setInput('milestone', milestone);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const field = (testid: string) =>
    element.querySelector<HTMLInputElement>(`[data-testid="${testid}"]`) as HTMLInputElement;
  const type = async (testid: string, value: string) => {
    field(testid).value = value;
    field(testid).dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  const submit = async () => {
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  };
  return { fixture, element, api, field, type, submit };
}

describe('MilestonePlanEditor', () => {
  it('keeps the draft after a conflict, names what changed, and saves it on top of the new version', async () => {
    const { fixture, element, api, field, type, submit } = await render(aMilestone({ sortOrder: 1 }));
    await type('milestone-weight', '3');
    await submit();
    expect(api.updateMilestone).toHaveBeenCalledWith({ id: 'm1', version: 3, weight: 3 });
    // the page reloads: someone else moved the baseline meanwhile
    fixture.componentRef.setInput('milestone', aMilestone({ sortOrder: 1, baselineDate: '2026-04-30', version: 4 }));
    await fixture.whenStable();
    expect(field('milestone-weight').value).toBe('3');
    // untouched, the baseline follows the new version: saving again does not undo the other person's change
    expect(field('milestone-baseline').value).toBe('30.04.2026');
    expect(element.textContent).toContain('milestone.conflict');
    expect(element.querySelector('[data-testid="milestone-plan-conflict"]')?.textContent).toContain('30.04.2026');

    api.updateMilestone.mockImplementation(() =>
      Promise.resolve({ updateMilestone: { version: 5 } } as unknown as never),
    );
    const saved: string[] = [];
    fixture.componentInstance.saved.subscribe((t) => saved.push(t));
    await submit();
    expect(api.updateMilestone).toHaveBeenLastCalledWith({ id: 'm1', version: 4, weight: 3 });
    expect(saved).toEqual(['Vergabe']);
  });
});
