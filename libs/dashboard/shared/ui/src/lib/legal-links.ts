import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * Imprint, privacy policy and accessibility statement, on every page (decision 0067). The imprint and the privacy
 * policy are the operator's pages, shown only when configured; plain links the user follows, nothing is fetched.
 */
@Component({
  selector: 'mw-legal-links',
  imports: [RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<ul class="legal-links" data-testid="legal-links">
    @if (imprintUrl(); as url) {
      <li>
        <a [href]="url">{{ 'legal.imprint' | transloco }}</a>
      </li>
    }
    @if (privacyUrl(); as url) {
      <li>
        <a [href]="url">{{ 'legal.privacy' | transloco }}</a>
      </li>
    }
    <li>
      <a routerLink="/barrierefreiheit">{{ 'shell.accessibility' | transloco }}</a>
    </li>
  </ul>`,
  styles: `
    .legal-links {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
  `,
})
export class LegalLinks {
  /** An http(s) URL or a path on this site; null: not configured, no link. */
  readonly imprintUrl = input<string | null>(null);
  readonly privacyUrl = input<string | null>(null);
}
