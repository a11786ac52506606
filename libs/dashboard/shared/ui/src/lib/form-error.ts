import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
} from '@angular/core';

/**
 * What went wrong with a save, where the user will see it: when a message appears, the summary scrolls into view and
 * takes the focus (screen readers read it, the keyboard continues from there), so a refusal after a click at the
 * bottom of a long form is never announced out of sight.
 */
@Component({
  selector: 'mw-form-error',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (message()) {
      <p class="form-error" role="alert" tabindex="-1" data-testid="form-error">{{ message() }}</p>
    }
  `,
  styles: `
    .form-error {
      color: #8c1d18;
      padding: 0.75rem;
      background: #fdecea;
      border: 1px solid #d55e00;
      border-radius: 0.5rem;
      scroll-margin: 6rem 0;
    }
    .form-error:focus-visible {
      outline: 3px solid #0b4f80;
      outline-offset: 2px;
    }
  `,
})
export class FormError {
  readonly message = input<string | null>(null);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  constructor() {
    effect(() => {
      if (!this.message()) return;
      afterNextRender(
        () => {
          const summary = this.host.nativeElement.querySelector<HTMLElement>('.form-error');
          summary?.scrollIntoView({ block: 'center', behavior: 'smooth' });
          summary?.focus({ preventScroll: true });
        },
        { injector: this.injector },
      );
    });
  }
}
