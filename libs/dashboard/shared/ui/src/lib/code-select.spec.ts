import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, FormsModule, ReactiveFormsModule } from '@angular/forms';
import { CodeSelect } from './code-select';
import { germanTransloco } from './testing';

const de = {
  edit: { status: 'Bearbeitungsstand' },
  measures: { phase: 'Phase' },
  status: { IDEA: 'Idee', PLANNING: 'in Planung', IN_PROGRESS: 'in Umsetzung' },
  phase: { A: 'Phase A', B: 'Phase B' },
};

@Component({
  imports: [ReactiveFormsModule, FormsModule, CodeSelect],
  template: `
    <form [formGroup]="form">
      <mw-code-select formControlName="status" label="edit.status" prefix="status" [codes]="statuses" testId="status" />
    </form>
    <mw-code-select
      [ngModel]="phase()"
      (ngModelChange)="phase.set($event)"
      label="measures.phase"
      prefix="phase"
      [codes]="['A', 'B']"
      [emptyLabel]="'alle'"
      testId="phase"
    />
  `,
})
class Host {
  readonly statuses = ['IDEA', 'PLANNING', 'IN_PROGRESS'];
  readonly form = new FormGroup({ status: new FormControl('PLANNING', { nonNullable: true }) });
  readonly phase = signal<string | null>(null);
}

async function render() {
  await TestBed.configureTestingModule({
    imports: [Host, germanTransloco(de)],
  }).compileComponents();
  const fixture = TestBed.createComponent(Host);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const select = (testId: string) => element.querySelector<HTMLElement>(`[data-testid="${testId}"]`) as HTMLElement;
  /** Opens a select and picks the option with the given text. */
  const pick = async (testId: string, text: string) => {
    select(testId).click();
    await fixture.whenStable();
    const option = [...document.querySelectorAll<HTMLElement>('mat-option')].find(
      (o) => o.textContent?.trim() === text,
    );
    option?.click();
    await fixture.whenStable();
  };
  return { fixture, host: fixture.componentInstance, select, pick };
}

describe('CodeSelect', () => {
  it('is named by its label and shows the chosen code translated', async () => {
    const { select } = await render();
    const status = select('status');
    expect(status.getAttribute('role')).toBe('combobox');
    const label = document.getElementById(status.getAttribute('aria-labelledby')?.split(' ')[0] ?? '');
    expect(label?.textContent).toContain('Bearbeitungsstand');
    expect(status.textContent).toContain('in Planung');
  });

  it('offers the codes in their order and writes the choice to the form', async () => {
    const { host, pick } = await render();
    await pick('status', 'in Umsetzung');
    const options = [...document.querySelectorAll('mat-option')].map((o) => o.textContent?.trim());
    expect(options).toEqual(['Idee', 'in Planung', 'in Umsetzung']);
    expect(host.form.controls.status.value).toBe('IN_PROGRESS');
    expect(host.form.controls.status.touched).toBe(true);
  });

  it('follows the form: a new value, and disabling', async () => {
    const { fixture, host, select } = await render();
    host.form.controls.status.setValue('IDEA');
    host.form.disable();
    await fixture.whenStable();
    expect(select('status').textContent).toContain('Idee');
    expect(select('status').getAttribute('aria-disabled')).toBe('true');
  });

  it('works with ngModel and offers an option for none', async () => {
    const { host, pick } = await render();
    await pick('phase', 'Phase B');
    expect(host.phase()).toBe('B');
    await pick('phase', 'alle');
    expect(host.phase()).toBeNull();
  });
});
