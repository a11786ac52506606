import {
  booleanAttribute,
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  computed,
  effect,
  inject,
  input,
} from '@angular/core';
import { ControlContainer, FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { DateInputDirective } from '@masswerk/dashboard/shared/util';
import { errorText, FORM_SCOPE } from './field-error';

/**
 * A labelled Material text field bound to one control, with its hint and its first error worded in the dashboard's
 * language (in the scope of the page that opened the form, see `FORM_SCOPE`):
 * `<mw-text-field field="code" label="admin.fields.code" hint="admin.form.codeHint"
 * [messages]="{ pattern: 'admin.form.codePattern' }" testId="field-code" required />`.
 * `rows` makes it a text area, `date` a date field (`mwDateInput`), `type="number"` a number field; `suffix` stands
 * after the value (€, %).
 */
@Component({
  selector: 'mw-text-field',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, DateInputDirective, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // the host takes the field's place in the form's rows and columns (and its classes, such as `wide`)
  styles: `
    :host {
      display: block;
    }

    mat-form-field {
      width: 100%;
    }
  `,
  template: `
    <mat-form-field>
      <mat-label>{{ label() | transloco }}</mat-label>
      @if (rows(); as rows) {
        <textarea
          matInput
          [rows]="rows"
          [formControl]="bound()"
          [required]="required()"
          [attr.data-testid]="testId()"
        ></textarea>
      } @else if (date()) {
        <input matInput mwDateInput [formControl]="bound()" [required]="required()" [attr.data-testid]="testId()" />
      } @else if (type() === 'number') {
        <!-- a static type, so that the control holds a number (NumberValueAccessor) -->
        <input
          matInput
          type="number"
          [attr.step]="step()"
          [formControl]="bound()"
          [required]="required()"
          [attr.data-testid]="testId()"
        />
      } @else {
        <input
          matInput
          [type]="type()"
          [attr.inputmode]="euro() ? 'decimal' : inputmode()"
          [attr.autocomplete]="autocomplete()"
          [formControl]="bound()"
          [required]="required()"
          [attr.data-testid]="testId()"
        />
      }
      @if (euro() ? '€' : suffix(); as suffix) {
        <span matTextSuffix>{{ suffix }}</span>
      }
      @if (hint()) {
        <mat-hint>{{ hint()! | transloco }}</mat-hint>
      }
      @if (!noError()) {
        <mat-error>{{ error() }}</mat-error>
      }
    </mat-form-field>
  `,
})
export class TextField {
  /** The control, by its name in the enclosing form group (like `formControlName`)… */
  readonly field = input<string>();
  /** …or itself, outside a form group. */
  readonly control = input<FormControl>();
  /** Translation keys of the label and the hint. */
  readonly label = input.required<string>();
  readonly hint = input<string>();
  /** Translation keys for errors of the control, by error (`{ pattern: 'admin.form.codePattern' }`). */
  readonly messages = input<Record<string, string>>({});
  readonly testId = input<string>();
  readonly required = input(false, { transform: booleanAttribute });
  /** A text area of this many rows. */
  readonly rows = input<number>();
  /** A calendar day, as people type it (`mwDateInput`). */
  readonly date = input(false, { transform: booleanAttribute });
  /** `text`, `email`, `url` or `number` (whose control holds a number). */
  readonly type = input<'text' | 'email' | 'url' | 'number'>('text');
  readonly step = input<string>();
  readonly inputmode = input<string>();
  readonly autocomplete = input<string>();
  readonly suffix = input<string>();
  /** An amount in euros, typed as people write it: a keyboard for decimals, and € after the value. */
  readonly euro = input(false, { transform: booleanAttribute });
  /** No error under the field: the form says what is wrong elsewhere, if anything. */
  readonly noError = input(false, { transform: booleanAttribute });

  private readonly container = inject(ControlContainer, { optional: true });
  protected readonly bound = computed(() => {
    const control = this.control() ?? this.container?.control?.get(this.field() ?? '');
    if (!(control instanceof FormControl)) throw new Error(`mw-text-field: no control ${this.field()}`);
    return control;
  });
  private readonly transloco = inject(TranslocoService);
  private readonly scope = inject(FORM_SCOPE, { optional: true }) ?? '';

  constructor() {
    // the error and its wording follow the control, which is no signal: a check each time it changes
    const changes = inject(ChangeDetectorRef);
    effect((onCleanup) => {
      const subscription = this.bound().events.subscribe(() => changes.markForCheck());
      onCleanup(() => subscription.unsubscribe());
    });
  }

  protected error(): string {
    return errorText(this.transloco, this.bound().errors, this.scope, this.messages());
  }
}
