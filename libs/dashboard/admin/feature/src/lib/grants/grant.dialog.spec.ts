import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { GrantPhaseView, GrantValues, GrantView } from '@masswerk/dashboard/admin/data-access';
import { ApiError } from '@masswerk/dashboard/shared/data-access';
import { GrantDialog, GrantDialogData } from './grant.dialog';

const phase: GrantPhaseView = { phase: 'B', fundingRate: 65, cap: '15000000.00', grant: null };
const grant: GrantView = {
  id: 'g1',
  version: 3,
  phase: 'B',
  commitmentNumber: '436-17',
  commitmentDate: '2022-03-01',
  periodStart: null,
  periodEnd: null,
  fundingRate: 65,
  eligibleCosts: '1000000.00',
  grantAmount: '650000.00',
  ownShare: '350000.00',
  finalProofDue: null,
  notes: '',
};

async function render(item: GrantView | null, save: (v: GrantValues) => Promise<unknown> = () => Promise.resolve()) {
  const ref = { close: jest.fn() };
  const data: GrantDialogData = { item, phase, save: jest.fn(save) };
  await TestBed.configureTestingModule({
    imports: [
      GrantDialog,
      TranslocoTestingModule.forRoot({ langs: { de: {} }, translocoConfig: { defaultLang: 'de' } }),
    ],
    providers: [
      { provide: MAT_DIALOG_DATA, useValue: data },
      { provide: MatDialogRef, useValue: ref },
    ],
  }).compileComponents();
  const fixture = TestBed.createComponent(GrantDialog);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const input = (testid: string) =>
    element.querySelector<HTMLInputElement>(`[data-testid="${testid}"]`) as HTMLInputElement;
  const type = async (testid: string, value: string) => {
    const el = input(testid);
    el.value = value;
    el.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  const submit = async () => {
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    await new Promise((r) => setTimeout(r));
    await fixture.whenStable();
  };
  return { element, ref, data, input, type, submit, fixture };
}

describe('GrantDialog', () => {
  it('shows an existing grant in German notation', async () => {
    const { input } = await render(grant);
    expect(input('grant-eligible').value).toBe('1.000.000,00');
    expect(input('grant-rate').value).toBe('65');
  });

  it('computes grant and own share from the funding rate as the API would', async () => {
    const { type, input, element, fixture } = await render(null);
    await type('grant-eligible', '1.234.567,89');
    element.querySelector<HTMLButtonElement>('[data-testid="grant-compute"]')?.click();
    await fixture.whenStable();
    expect(input('grant-amount').value).toBe('802.469,13');
    expect(input('grant-own').value).toBe('432.098,76');
  });

  it('refuses shares that do not add up before asking the API', async () => {
    const { type, submit, data, element } = await render(grant);
    await type('grant-own', '300.000,00');
    await submit();
    expect(data.save).not.toHaveBeenCalled();
    expect(element.textContent).toContain('admin.grants.sharesDoNotAddUp');
  });

  it('saves and closes', async () => {
    const { type, submit, data, ref } = await render(null);
    await type('grant-eligible', '500.000');
    await submit();
    expect(data.save).toHaveBeenCalledWith(expect.objectContaining({ eligibleCosts: '500.000', grantAmount: '' }));
    expect(ref.close).toHaveBeenCalledWith('saved');
  });

  it('closes with "stale" when someone else saved first, and shows field errors otherwise', async () => {
    const stale = await render(grant, () =>
      Promise.reject(new ApiError('CONFLICT', 'x', { reason: 'STALE_VERSION', currentVersion: 4 })),
    );
    await stale.submit();
    expect(stale.ref.close).toHaveBeenCalledWith('stale');
    TestBed.resetTestingModule();

    const message = 'Das Ende des Förderzeitraums liegt vor seinem Beginn.';
    const bad = await render(grant, () =>
      Promise.reject(new ApiError('BAD_USER_INPUT', message, { fields: [{ field: 'input.periodEnd', message }] })),
    );
    await bad.submit();
    expect(bad.ref.close).not.toHaveBeenCalled();
    expect(bad.element.textContent).toContain(message);
  });
});
