import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { FORM_SCOPE } from './field-error';
import { TextField } from './text-field';
import { germanTransloco } from './testing';

const de = {
  form: { required: 'Bitte füllen Sie dieses Feld aus.' },
  admin: { form: { maxLength: 'Höchstens {{max}} Zeichen.', codePattern: 'Nur Buchstaben und Ziffern.' } },
  field: { code: 'Kürzel', codeHint: 'z. B. 1.2', order: 'Reihenfolge' },
};

@Component({
  imports: [ReactiveFormsModule, TextField],
  template: `
    <form [formGroup]="form">
      <mw-text-field
        field="code"
        label="field.code"
        hint="field.codeHint"
        [messages]="{ pattern: 'admin.form.codePattern' }"
        testId="code"
        required
      />
      <mw-text-field field="order" label="field.order" type="number" testId="order" />
    </form>
  `,
})
class Host {
  readonly form = new FormGroup({
    code: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(4), Validators.pattern(/^\w*$/)],
    }),
    order: new FormControl<number | null>(3),
  });
}

async function render() {
  await TestBed.configureTestingModule({
    imports: [Host, germanTransloco(de)],
    providers: [{ provide: FORM_SCOPE, useValue: 'admin' }],
  }).compileComponents();
  const fixture = TestBed.createComponent(Host);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const input = (id: string) => element.querySelector<HTMLInputElement>(`[data-testid="${id}"]`) as HTMLInputElement;
  const type = async (id: string, value: string) => {
    input(id).value = value;
    input(id).dispatchEvent(new Event('input'));
    input(id).dispatchEvent(new Event('blur'));
    await fixture.whenStable();
  };
  return { fixture, element, input, type };
}

describe('TextField', () => {
  it('labels the field of its control and gives the hint', async () => {
    const { element, input } = await render();
    expect(element.querySelector('mat-label')?.textContent).toContain('Kürzel');
    expect(element.textContent).toContain('z. B. 1.2');
    expect(input('code').required).toBe(true);
  });

  it("words the first error of its control: the named message, else the scope's", async () => {
    const { element, type } = await render();
    await type('code', 'a-b');
    expect(element.querySelector('mat-error')?.textContent).toContain('Nur Buchstaben und Ziffern.');
    await type('code', 'abcdef');
    expect(element.querySelector('mat-error')?.textContent).toContain('Höchstens 4 Zeichen.');
  });

  it('shows a reason of the API that the form put on the control', async () => {
    const { fixture, element } = await render();
    const code = fixture.componentInstance.form.controls.code;
    code.setErrors({ server: 'Dieses Kürzel ist schon vergeben.' });
    code.markAsTouched();
    await fixture.whenStable();
    expect(element.querySelector('mat-error')?.textContent).toContain('Dieses Kürzel ist schon vergeben.');
  });

  it('keeps a number field a number', async () => {
    const { fixture, type } = await render();
    await type('order', '7');
    expect(fixture.componentInstance.form.controls.order.value).toBe(7);
  });
});
