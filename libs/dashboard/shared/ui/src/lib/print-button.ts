import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';

/** "Drucken" among a page's header actions: the page's print styles make the paper version. */
@Component({
  selector: 'mw-print-button',
  imports: [MatButtonModule, MatIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button mat-stroked-button type="button" (click)="print()">
      <mat-icon aria-hidden="true">print</mat-icon>{{ 'common.print' | transloco }}
    </button>
  `,
  // the button stands in the header's row of actions as if written there
  styles: `
    :host {
      display: contents;
    }
  `,
})
export class PrintButton {
  protected print(): void {
    window.print();
  }
}
