import { ChangeDetectionStrategy, Component, ElementRef, input, viewChild } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';

export interface NoticeValue {
  ok: boolean;
  text: string;
}

/**
 * How the last change went. The live region is always there, so that screen readers announce each new message;
 * after a deletion, focus moves here (the button that was used is gone).
 */
@Component({
  selector: 'mw-notice',
  imports: [MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div #region class="region" aria-live="polite" aria-atomic="true" tabindex="-1">
      @if (notice(); as n) {
        <p class="message" [class.ok]="n.ok" [class.fail]="!n.ok" data-testid="admin-notice">
          <mat-icon aria-hidden="true">{{ n.ok ? 'check_circle' : 'error' }}</mat-icon>
          <span>{{ n.text }}</span>
        </p>
      }
    </div>
  `,
  styles: `
    .region:focus {
      outline: none;
    }
    .region:focus-visible .message {
      outline: 3px solid #e69f00;
      outline-offset: 2px;
    }
    .message {
      display: flex;
      gap: 0.5rem;
      align-items: flex-start;
      margin: 0 0 1rem;
      padding: 0.75rem 1rem;
      border-radius: 0.5rem;
    }
    .ok {
      background: #e6f4ee;
      border: 1px solid #009e73;
    }
    .ok mat-icon {
      color: #00694c;
    }
    .fail {
      background: #fdecea;
      border: 1px solid #d55e00;
    }
    .fail mat-icon {
      color: #a33a00;
    }
  `,
})
export class Notice {
  readonly notice = input<NoticeValue | null>(null);
  private readonly region = viewChild.required<ElementRef<HTMLElement>>('region');

  focus(): void {
    this.region().nativeElement.focus();
  }
}
