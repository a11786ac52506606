import { Directive, ElementRef, forwardRef, HostListener, inject, Renderer2 } from '@angular/core';
import {
  AbstractControl,
  ControlValueAccessor,
  NG_VALIDATORS,
  NG_VALUE_ACCESSOR,
  ValidationErrors,
  Validator,
} from '@angular/forms';
import { isIsoDate } from '@masswerk/shared/domain';
import { LanguageService } from './language.service';
import { formatDate } from './format';

/**
 * Reads a calendar day as people type it: `6.12.2026`, `06.12.26`, `6/12/2026` (day first, as in Germany and Britain)
 * or `2026-12-06`. Returns the API's `YYYY-MM-DD`, or null when the text is no real day (`31.02.2026`).
 */
export function parseDateInput(text: string | null | undefined): string | null {
  const t = (text ?? '').trim();
  if (!t) return null;
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const dayFirst = /^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})$/.exec(t);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dayFirst) {
    [d, m, y] = [Number(dayFirst[1]), Number(dayFirst[2]), Number(dayFirst[3])];
    if (dayFirst[3].length === 2) y += 2000;
  } else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  if (y < 1900 || y > 2199) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The same day as the field shows it: `06.12.2026` in German, `06/12/2026` in English. */
export function dateForInput(value: string | null | undefined, language: string): string {
  return isIsoDate(value) ? formatDate(value, language === 'en' ? 'en' : 'de') : '';
}

/**
 * A date field that speaks the interface's language, whatever the browser's: `<input matInput mwDateInput
 * formControlName="plannedStart">`. The form control holds `YYYY-MM-DD` (or null when empty); the field shows
 * `06.12.2026` and accepts what parseDateInput reads. Text that is no day keeps its value in the field and makes the
 * control invalid with `{ date: true }` (translation key `form.date`), so nothing typed is lost.
 */
@Directive({
  selector: 'input[mwDateInput]',
  providers: [
    { provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => DateInputDirective), multi: true },
    { provide: NG_VALIDATORS, useExisting: forwardRef(() => DateInputDirective), multi: true },
  ],
  host: { inputmode: 'numeric', autocomplete: 'off', '[attr.placeholder]': 'placeholder()' },
})
export class DateInputDirective implements ControlValueAccessor, Validator {
  private readonly element = inject<ElementRef<HTMLInputElement>>(ElementRef);
  private readonly renderer = inject(Renderer2);
  private readonly language = inject(LanguageService).language;
  private onChange: (value: string | null) => void = () => undefined;
  private onTouched: () => void = () => undefined;
  /** The text typed, when it is no day (the control then holds it as is, and is invalid). */
  private unreadable: string | null = null;

  protected placeholder(): string {
    return this.language() === 'en' ? 'DD/MM/YYYY' : 'TT.MM.JJJJ';
  }

  writeValue(value: string | null | undefined): void {
    this.unreadable = null;
    this.renderer.setProperty(this.element.nativeElement, 'value', dateForInput(value ?? null, this.language()));
  }

  registerOnChange(fn: (value: string | null) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  setDisabledState(disabled: boolean): void {
    this.renderer.setProperty(this.element.nativeElement, 'disabled', disabled);
  }

  @HostListener('input')
  protected input(): void {
    const text = this.element.nativeElement.value;
    const day = parseDateInput(text);
    this.unreadable = text.trim() && !day ? text : null;
    this.onChange(day ?? (text.trim() ? text : null));
  }

  /** On leaving the field, a day typed as `6.12.26` is shown as `06.12.2026`. */
  @HostListener('blur')
  protected blur(): void {
    const day = parseDateInput(this.element.nativeElement.value);
    if (day) this.renderer.setProperty(this.element.nativeElement, 'value', dateForInput(day, this.language()));
    this.onTouched();
  }

  validate(control: AbstractControl): ValidationErrors | null {
    const value = control.value;
    if (value === null || value === undefined || value === '') return null;
    return this.unreadable !== null || !isIsoDate(value) ? { date: true } : null;
  }
}
