import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatDialogRef } from '@angular/material/dialog';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { FormDialogFrame } from './form-dialog-frame';

@Component({
  selector: 'mw-test-dialog',
  imports: [FormDialogFrame, ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mw-form-dialog
      [formGroup]="form"
      (ngSubmit)="submits = submits + 1"
      heading="Neuer Cluster"
      [error]="error()"
      saveTestId="test-save"
    >
      <input formControlName="name" data-testid="name" />
    </mw-form-dialog>
  `,
})
class TestDialog {
  readonly form = new FormGroup({
    name: new FormControl('Süd', { nonNullable: true, validators: Validators.required }),
  });
  readonly error = signal<string | null>(null);
  submits = 0;
}

async function render() {
  await TestBed.configureTestingModule({
    imports: [
      TestDialog,
      TranslocoTestingModule.forRoot({ langs: { de: {} }, translocoConfig: { defaultLang: 'de' } }),
    ],
    providers: [{ provide: MatDialogRef, useValue: { close: jest.fn() } }],
  }).compileComponents();
  const fixture = TestBed.createComponent(TestDialog);
  await fixture.whenStable();
  return { fixture, element: fixture.nativeElement as HTMLElement };
}

describe('FormDialogFrame', () => {
  it('binds the projected fields to the form on the frame', async () => {
    const { fixture, element } = await render();
    const input = element.querySelector<HTMLInputElement>('[data-testid="name"]') as HTMLInputElement;
    expect(input.value).toBe('Süd');
    input.value = 'Nord';
    input.dispatchEvent(new Event('input'));
    expect(fixture.componentInstance.form.value).toEqual({ name: 'Nord' });
    expect(element.querySelector('h2')?.textContent).toContain('Neuer Cluster');
  });

  it('submits once through the form directive, without leaving the page', async () => {
    const { fixture, element } = await render();
    const event = new Event('submit', { bubbles: true, cancelable: true });
    element.querySelector('form')?.dispatchEvent(event);
    expect(fixture.componentInstance.submits).toBe(1);
    expect(event.defaultPrevented).toBe(true);
  });

  it('shows a general error above the buttons', async () => {
    const { fixture, element } = await render();
    fixture.componentInstance.error.set('Der Name ist schon vergeben.');
    await fixture.whenStable();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Der Name ist schon vergeben.');
  });
});
