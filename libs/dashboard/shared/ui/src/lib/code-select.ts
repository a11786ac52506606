import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { ControlValueAccessor, NgControl } from '@angular/forms';
import { ErrorStateMatcher } from '@angular/material/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';

type Value = string | readonly string[] | null;

/**
 * A choice among coded values (status, health, phase, priority, role …): a Material select labelled by the
 * translation key `label`, with the codes in the given order, each shown as `prefix.CODE` translated ("status.IDEA" →
 * "Idee"). It is a form control: use it with `formControlName` or `ngModel` like the select itself. The label names
 * the select for screen readers (and, with the chosen value, for tests: "Bearbeitungsstand Idee").
 */
@Component({
  selector: 'mw-code-select',
  imports: [MatFormFieldModule, MatSelectModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field>
      <mat-label>{{ label() | transloco }}</mat-label>
      <mat-select
        [value]="value()"
        [multiple]="multiple()"
        [required]="required()"
        [disabled]="disabled()"
        [errorStateMatcher]="errorState"
        [attr.data-testid]="testId()"
        (selectionChange)="choose($event.value)"
        (openedChange)="$event || onTouched()"
      >
        @if (emptyLabel(); as empty) {
          <mat-option [value]="emptyValue()">{{ empty }}</mat-option>
        }
        @for (code of codes(); track code) {
          <mat-option [value]="code">{{ prefix() + '.' + code | transloco }}</mat-option>
        }
      </mat-select>
      @if (hint(); as text) {
        <mat-hint>{{ text }}</mat-hint>
      }
    </mat-form-field>
  `,
  styles: `
    :host {
      display: block;
    }
    mat-form-field {
      width: 100%;
    }
  `,
})
export class CodeSelect implements ControlValueAccessor {
  /** Translation key of the field's label. */
  readonly label = input.required<string>();
  /** The codes, in the order offered. */
  readonly codes = input.required<readonly string[]>();
  /** Translation prefix of the options: `status` shows IDEA as `status.IDEA`. */
  readonly prefix = input.required<string>();
  readonly multiple = input(false);
  readonly required = input(false);
  /** An option before the codes for "all" or "none" (its text, already translated); none when null. */
  readonly emptyLabel = input<string | null>(null);
  /** The value of that option. */
  readonly emptyValue = input<string | null>(null);
  readonly hint = input<string | null>(null);
  /** `data-testid` of the select itself, the element that takes the focus. */
  readonly testId = input<string | null>(null);

  protected readonly value = signal<Value>(null);
  protected readonly disabled = signal(false);
  private readonly control = inject(NgControl, { self: true, optional: true });
  private onChange: (value: Value) => void = () => undefined;
  protected onTouched: () => void = () => undefined;

  /** Marks the field invalid as Material does for its own controls: once touched. */
  protected readonly errorState: ErrorStateMatcher = {
    isErrorState: () => !!this.control?.invalid && !!this.control?.touched,
  };

  constructor() {
    // The form directive on this element hands its control to this component (not through NG_VALUE_ACCESSOR, which
    // would make it inject itself).
    if (this.control) this.control.valueAccessor = this;
  }

  writeValue(value: Value): void {
    this.value.set(value);
  }

  registerOnChange(fn: (value: Value) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  setDisabledState(disabled: boolean): void {
    this.disabled.set(disabled);
  }

  protected choose(value: Value): void {
    this.value.set(value);
    this.onChange(value);
  }
}
