import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * The head of an administration tab: the heading (with the id the tab's section is labelled by), the introduction,
 * and the tab's main button, if it has one (projected). The row is a global `.spread`, its margin the tabs'
 * `.tab-head` (shared/tab.scss).
 */
@Component({
  selector: 'mw-admin-tab-head',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'tab-head spread' },
  template: `
    <div>
      <h2 [id]="headingId()" class="section-title">{{ heading() | transloco }}</h2>
      <p class="muted intro">{{ intro() | transloco }}</p>
    </div>
    <ng-content />
  `,
  styles: `
    .section-title {
      margin-top: 0.5rem;
    }

    .intro {
      margin: 0;
      max-width: 60rem;
    }
  `,
})
export class TabHead {
  readonly headingId = input.required<string>();
  /** Translation keys of the heading and the introduction. */
  readonly heading = input.required<string>();
  readonly intro = input.required<string>();
}
