import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { MeasuresApi } from '@masswerk/dashboard/measures/data-access';
import { ApiError } from '@masswerk/dashboard/shared/data-access';
import { LanguageService } from '@masswerk/dashboard/shared/util';
import { BehaviorSubject } from 'rxjs';
import { MeasureBudgetSection } from './measure-budget.section';

const amounts = (total: string) => ({ total, federal: total, own: '0.00' });

/** A measure with one cost category and one plan cell (2026: 1.000,00 €, version 2). */
function aBudget(planned = '1000.00', version = 2) {
  return {
    costCategories: [{ id: 'c1', code: 'SACH', name: 'Sachkosten' }],
    measureByCode: {
      id: 'm1',
      code: 'EIF-M01',
      viewerCanReport: true,
      viewerCanEditPlan: true,
      budgetDeviationReason: '',
      budget: {
        fundingRate: 65,
        remaining: planned,
        planned: amounts(planned),
        actual: amounts('0.00'),
        byCategory: [
          { costCategoryId: 'c1', remaining: planned, planned: { total: planned }, actual: { total: '0.00' } },
        ],
        costPlan: [{ id: 'p1', year: 2026, costCategoryId: 'c1', planned, version }],
        expenditures: [],
      },
    },
  };
}

async function render(language: 'de' | 'en' = 'de') {
  const budget = new BehaviorSubject(aBudget());
  const api = {
    budget: jest.fn(() => budget),
    recordExpenditure: jest.fn(() => Promise.resolve({})),
    setCostPlanEntry: jest.fn((): Promise<unknown> => Promise.resolve({})),
    deleteExpenditure: jest.fn(() => Promise.resolve({})),
  };
  await TestBed.configureTestingModule({
    imports: [
      MeasureBudgetSection,
      TranslocoTestingModule.forRoot({
        langs: {
          de: {
            form: { euro: 'Bitte einen Betrag wie 1.500,00 eingeben.' },
            budget: {
              cellConflict: 'Inzwischen: {{value}}',
              deviation: 'Abweichung Plan/Ist: {{amount}}{{percent}}.',
              deviationReason: 'Begründung',
              noDeviationReason: 'Keine Begründung erfasst.',
            },
          },
          en: { form: { euro: 'Please enter an amount such as 1,500.00.' } },
        },
        translocoConfig: { defaultLang: language, availableLangs: ['de', 'en'] },
      }),
    ],
    providers: [{ provide: MeasuresApi, useValue: api }, provideRouter([])],
  }).compileComponents();
  TestBed.inject(LanguageService).language.set(language);
  const fixture = TestBed.createComponent(MeasureBudgetSection);
  fixture.componentRef.setInput('measureCode', 'EIF-M01');
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const settle = async () => {
    await new Promise((r) => setTimeout(r));
    await fixture.whenStable();
  };
  const type = async (el: HTMLInputElement, value: string) => {
    el.value = value;
    el.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  const openExpenditureForm = async () => {
    element.querySelector<HTMLButtonElement>('[data-testid="new-expenditure"]')?.click();
    await fixture.whenStable();
    // the cost category (a mat-select), the date and the description, as the user would have chosen them
    const form = (fixture.componentInstance as unknown as { form: { patchValue(v: object): void } }).form;
    form.patchValue({ costCategoryId: 'c1', spentOn: '2026-11-20', description: 'Beratung' });
    await fixture.whenStable();
    return element.querySelector<HTMLInputElement>('[data-testid="expenditure-amount"]') as HTMLInputElement;
  };
  const submit = async (selector: string) => {
    element.querySelector(selector)?.dispatchEvent(new Event('submit'));
    await settle();
  };
  return { element, api, budget, type, openExpenditureForm, submit, settle, fixture };
}

describe('MeasureBudgetSection', () => {
  it('states how spending departs from the plan, with the recorded reason or the lack of one', async () => {
    const { element, budget, settle } = await render('de');
    const deviation = () =>
      element.querySelector('[data-testid="budget-deviation"]')?.textContent?.replace(/\s+/g, ' ');
    expect(deviation()).toContain('Abweichung Plan/Ist: -1.000,00 € (-100 %).'); // nothing spent of 1.000,00 €
    const over = aBudget();
    over.measureByCode.budget.actual = amounts('1250.00');
    budget.next(over);
    await settle();
    expect(deviation()).toContain('Abweichung Plan/Ist: +250,00 € (+25 %).');
    expect(deviation()).toContain('Keine Begründung erfasst.');
    over.measureByCode.budgetDeviationReason = 'Lizenzen teurer';
    budget.next({ ...over });
    await settle();
    expect(deviation()).toContain('Begründung: Lizenzen teurer');
  });

  it('records "1.500" typed in German as 1.500,00 €', async () => {
    const { api, type, openExpenditureForm, submit } = await render('de');
    await type(await openExpenditureForm(), '1.500');
    await submit('[data-testid="expenditure-form"]');
    expect(api.recordExpenditure).toHaveBeenCalledWith(expect.objectContaining({ measureId: 'm1', amount: '1500.00' }));
  });

  it('records a correction with a minus', async () => {
    const { api, type, openExpenditureForm, submit } = await render('de');
    await type(await openExpenditureForm(), '-1.500,5');
    await submit('[data-testid="expenditure-form"]');
    expect(api.recordExpenditure).toHaveBeenCalledWith(expect.objectContaining({ amount: '-1500.50' }));
  });

  it('refuses an amount it cannot read, says how to write one, and keeps the input', async () => {
    const { api, type, openExpenditureForm, submit, element } = await render('en');
    const amount = await openExpenditureForm();
    await type(amount, '1.500');
    await submit('[data-testid="expenditure-form"]');
    expect(api.recordExpenditure).not.toHaveBeenCalled();
    expect(element.textContent).toContain('Please enter an amount such as 1,500.00.');
    expect(amount.value).toBe('1.500');
  });

  it('keeps what was typed in a plan cell when someone else saved first, and re-applies it on the new version', async () => {
    const { api, budget, type, submit, element, settle } = await render('de');
    element.querySelector<HTMLButtonElement>('button.cell')?.click();
    await settle();
    const cell = () => element.querySelector<HTMLInputElement>('[data-testid="plan-cell-input"]') as HTMLInputElement;
    expect(cell().value).toBe('1.000,00');
    await type(cell(), '2.000');
    api.setCostPlanEntry.mockImplementationOnce(() => {
      budget.next(aBudget('1200.00', 3));
      return Promise.reject(
        new ApiError('CONFLICT', 'Planwert wurde inzwischen geändert', { reason: 'STALE_VERSION', currentVersion: 3 }),
      );
    });
    await submit('.cell-form');
    expect(api.setCostPlanEntry).toHaveBeenLastCalledWith(expect.objectContaining({ planned: '2000.00', version: 2 }));
    expect(cell().value).toBe('2.000');
    expect(element.querySelector('[data-testid="plan-cell-conflict"]')?.textContent?.replace(/\s/g, ' ')).toContain(
      '1.200,00',
    );

    await submit('.cell-form');
    expect(api.setCostPlanEntry).toHaveBeenLastCalledWith(expect.objectContaining({ planned: '2000.00', version: 3 }));
    expect(element.querySelector('[data-testid="plan-cell-input"]')).toBeNull();
  });

  it('refuses a plan value it cannot read without asking the API', async () => {
    const { api, type, submit, element, settle } = await render('de');
    element.querySelector<HTMLButtonElement>('button.cell')?.click();
    await settle();
    const cell = element.querySelector<HTMLInputElement>('[data-testid="plan-cell-input"]') as HTMLInputElement;
    await type(cell, 'zweitausend');
    await submit('.cell-form');
    expect(api.setCostPlanEntry).not.toHaveBeenCalled();
    expect(element.textContent).toContain('Bitte einen Betrag wie 1.500,00 eingeben.');
    expect(cell.value).toBe('zweitausend');
  });
});
