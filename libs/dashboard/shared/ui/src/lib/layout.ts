import { ChangeDetectionStrategy, Component, input, Resource } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';

/** A key figure: a number, its label, and optionally what it means. */
@Component({
  selector: 'mw-kpi',
  imports: [MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="kpi" [class.alert]="alert()">
      <div class="kpi-value">
        @if (icon()) {
          <mat-icon aria-hidden="true">{{ icon() }}</mat-icon>
        }
        <span class="kpi-number">{{ value() }}</span>
      </div>
      <div class="kpi-label">{{ label() }}</div>
      @if (hint()) {
        <div class="kpi-hint">{{ hint() }}</div>
      }
    </div>
  `,
  styles: `
    .kpi {
      padding: 1rem;
      border-radius: 0.75rem;
      background: #f4f6f8;
      border: 1px solid #dde1e6;
      height: 100%;
      box-sizing: border-box;
    }
    .kpi.alert {
      background: #fff4e5;
      border-color: #e69f00;
    }
    .kpi {
      container-type: inline-size;
      min-width: 0;
    }
    .kpi-value {
      /* large amounts (12.345.678 €) shrink with the tile instead of running out of it */
      font-size: clamp(1.1rem, 11cqi, 1.75rem);
      font-weight: 500;
      display: flex;
      align-items: center;
      gap: 0.4rem;
      font-variant-numeric: tabular-nums;
      min-width: 0;
    }
    .kpi-number {
      min-width: 0;
      overflow-wrap: anywhere;
    }
    .kpi-value mat-icon {
      flex-shrink: 0;
    }
    .kpi-label {
      margin-top: 0.25rem;
      color: #3d4349;
    }
    .kpi-hint {
      margin-top: 0.25rem;
      font-size: 0.85rem;
      color: #4f565d;
    }
  `,
})
export class Kpi {
  readonly value = input.required<string | number>();
  readonly label = input.required<string>();
  readonly hint = input<string>('');
  readonly icon = input<string>('');
  readonly alert = input(false);
}

/** The heading of a page, with a line of context and room for actions. */
@Component({
  selector: 'mw-page-header',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="page-header spread">
      <div>
        @if (eyebrow()) {
          <p class="eyebrow">{{ eyebrow() }}</p>
        }
        <h1>{{ title() }}</h1>
        @if (subtitle()) {
          <p class="subtitle">{{ subtitle() }}</p>
        }
      </div>
      <div class="actions"><ng-content /></div>
    </header>
  `,
  styles: `
    .page-header {
      align-items: flex-end;
      margin-bottom: 1.5rem;
    }
    h1 {
      margin: 0;
      font-size: 1.9rem;
      font-weight: 500;
    }
    .eyebrow {
      margin: 0 0 0.25rem;
      color: #3d4349;
      font-size: 0.9rem;
      text-transform: uppercase;
      letter-spacing: 0.04em;
    }
    .subtitle {
      margin: 0.4rem 0 0;
      color: #3d4349;
    }
    .actions {
      display: flex;
      gap: 0.5rem;
      flex-wrap: wrap;
    }
    @media print {
      .actions {
        display: none;
      }
    }
  `,
})
export class PageHeader {
  readonly title = input.required<string>();
  readonly eyebrow = input('');
  readonly subtitle = input('');
}

/** What to show while data loads, when it failed, or when there is none. */
@Component({
  selector: 'mw-state',
  imports: [MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="state" [attr.role]="kind() === 'error' ? 'alert' : 'status'">
      <mat-icon aria-hidden="true">{{
        kind() === 'error' ? 'error' : kind() === 'loading' ? 'hourglass_empty' : 'inbox'
      }}</mat-icon>
      <span>{{ message() }}</span>
      <ng-content />
    </div>
  `,
  styles: `
    .state {
      display: flex;
      align-items: center;
      gap: 0.6rem;
      padding: 1.25rem;
      border-radius: 0.75rem;
      background: #f4f6f8;
      color: #2c3136;
    }
  `,
})
export class StateMessage {
  readonly kind = input<'loading' | 'error' | 'empty'>('loading');
  readonly message = input.required<string>();
}

/**
 * What a page shows of a resource while it loads for the first time, or when loading failed; what was loaded follows
 * the element: `<mw-load-state [resource]="members" />` and `@if (members.hasValue()) { … }`.
 */
@Component({
  selector: 'mw-load-state',
  imports: [StateMessage, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { style: 'display: contents' },
  template: `
    @if (resource().isLoading() && !resource().hasValue()) {
      <mw-state kind="loading" [message]="'common.loading' | transloco" />
    } @else if (resource().error()) {
      <mw-state kind="error" [message]="'common.loadError' | transloco" />
    }
  `,
})
export class LoadState {
  readonly resource = input.required<Resource<unknown>>();
}
