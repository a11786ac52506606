import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';

let nextId = 0;

/**
 * A wide table that scrolls sideways inside its card instead of being cut off (on a phone, 390 px). The region is
 * labelled; while the table is wider than the region, it can take the focus (so the keyboard can scroll it, and axe's
 * scrollable-region-focusable holds) and a visible hint says "Tabelle seitlich scrollen". Wrap a `<table>` in it:
 *
 * ```html
 * <mw-table-scroll [label]="'budget.expenditures' | transloco"><table class="data">…</table></mw-table-scroll>
 * ```
 */
@Component({
  selector: 'mw-table-scroll',
  imports: [MatIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (overflowing()) {
      <p class="hint" [id]="hintId" data-testid="table-scroll-hint">
        <mat-icon aria-hidden="true">swipe</mat-icon>{{ 'table.scrollHint' | transloco }}
      </p>
    }
    <div
      #region
      class="region"
      role="region"
      [attr.aria-label]="label()"
      [attr.tabindex]="overflowing() ? 0 : null"
      [attr.aria-describedby]="overflowing() ? hintId : null"
    >
      <ng-content />
    </div>
  `,
  styles: `
    :host {
      display: block;
      min-width: 0;
    }
    .region {
      overflow-x: auto;
    }
    .region:focus-visible {
      outline: 2px solid currentColor;
      outline-offset: 2px;
    }
    .hint {
      display: flex;
      align-items: center;
      gap: 0.35rem;
      margin: 0 0 0.35rem;
      font-size: 0.8125rem;
      color: #4a5056;
    }
    .hint mat-icon {
      font-size: 1.125rem;
      width: 1.125rem;
      height: 1.125rem;
    }
  `,
})
export class TableScroll {
  /** What the table shows, for the region's name (screen readers list regions by it). */
  readonly label = input.required<string>();
  protected readonly hintId = `mw-table-scroll-hint-${++nextId}`;
  protected readonly overflowing = signal(false);
  private readonly region = viewChild.required<ElementRef<HTMLElement>>('region');

  constructor() {
    const destroyRef = inject(DestroyRef);
    afterNextRender(() => {
      this.measure();
      if (typeof ResizeObserver === 'undefined') return;
      const observer = new ResizeObserver(() => this.measure());
      const region = this.region().nativeElement;
      observer.observe(region);
      for (const child of Array.from(region.children)) observer.observe(child);
      destroyRef.onDestroy(() => observer.disconnect());
    });
  }

  private measure(): void {
    const region = this.region().nativeElement;
    this.overflowing.set(region.scrollWidth > region.clientWidth + 1);
  }
}
