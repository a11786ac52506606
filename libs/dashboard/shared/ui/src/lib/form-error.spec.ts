import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormError } from './form-error';

@Component({
  imports: [FormError],
  template: `<button type="button">Speichern</button><mw-form-error [message]="message()" />`,
})
class Host {
  readonly message = signal<string | null>(null);
}

describe('FormError', () => {
  it('shows nothing without a message, and takes the focus when one appears', async () => {
    Element.prototype.scrollIntoView = jest.fn();
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('[role="alert"]')).toBeNull();
    element.querySelector('button')?.focus();

    fixture.componentInstance.message.set('Die Eingabe wurde nicht angenommen.');
    await fixture.whenStable();
    const summary = element.querySelector<HTMLElement>('[role="alert"]');
    expect(summary?.textContent).toContain('nicht angenommen');
    expect(document.activeElement).toBe(summary);
    expect(Element.prototype.scrollIntoView).toHaveBeenCalled();
  });
});
