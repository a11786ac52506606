import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { InstallationStore } from '@masswerk/dashboard/shared/data-access';
import { LegalLinks } from '@masswerk/dashboard/shared/ui';

/**
 * Erklärung zur Barrierefreiheit (BITV 2.0), with the feedback channel the regulation requires: the contact the
 * operator configured (decision 0067), or an honest sentence that there is none yet, never a made-up address.
 */
@Component({
  selector: 'mw-accessibility-statement',
  imports: [RouterLink, TranslocoPipe, LegalLinks],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<main id="main" class="plain-page">
    <p><a routerLink="/">← Maßwerk</a></p>
    <h1>{{ 'a11y.title' | transloco }}</h1>
    <p>{{ 'a11y.intro' | transloco }}</p>
    <h2>{{ 'a11y.statusTitle' | transloco }}</h2>
    <p>{{ 'a11y.status' | transloco }}</p>
    <h2>{{ 'a11y.limitsTitle' | transloco }}</h2>
    <ul>
      <li>{{ 'a11y.limitCharts' | transloco }}</li>
      <li>{{ 'a11y.limitPdf' | transloco }}</li>
    </ul>
    <h2>{{ 'a11y.feedbackTitle' | transloco }}</h2>
    @let contact = installation.settings();
    @if (contact.accessibilityContactEmail || contact.accessibilityContactUrl) {
      <p>{{ 'a11y.feedback' | transloco }}</p>
      <ul data-testid="accessibility-contact">
        @if (contact.accessibilityContactEmail; as email) {
          <li>
            {{ 'a11y.feedbackEmail' | transloco }} <a [href]="'mailto:' + email">{{ email }}</a>
          </li>
        }
        @if (contact.accessibilityContactUrl; as url) {
          <li>
            <a [href]="url">{{ 'a11y.feedbackForm' | transloco }}</a>
          </li>
        }
      </ul>
    } @else if (installation.loaded()) {
      <p data-testid="accessibility-contact-missing">{{ 'a11y.feedbackMissing' | transloco }}</p>
    }
    <h2>{{ 'a11y.enforcementTitle' | transloco }}</h2>
    <p>{{ 'a11y.enforcement' | transloco }}</p>
    <p class="muted">{{ 'a11y.date' | transloco }}</p>
    <footer class="legal">
      <mw-legal-links [imprintUrl]="contact.imprintUrl" [privacyUrl]="contact.privacyUrl" />
    </footer>
  </main>`,
  styles: `
    .plain-page {
      max-width: 760px;
      margin: 2rem auto;
      padding: 0 1rem;
    }
    .legal {
      margin-top: 2rem;
      padding-top: 1rem;
      border-top: 1px solid currentColor;
    }
  `,
})
export class AccessibilityStatementPage {
  protected readonly installation = inject(InstallationStore);

  constructor() {
    void this.installation.load();
  }
}
