import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

/** Erklärung zur Barrierefreiheit (BITV 2.0), with the feedback channel the regulation requires. */
@Component({
  selector: 'mw-accessibility-statement',
  imports: [RouterLink, TranslocoPipe],
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
    <p>
      {{ 'a11y.feedback' | transloco }}
      <a href="mailto:barrierefreiheit@example.org">barrierefreiheit&#64;example.org</a>
    </p>
    <h2>{{ 'a11y.enforcementTitle' | transloco }}</h2>
    <p>{{ 'a11y.enforcement' | transloco }}</p>
    <p class="muted">{{ 'a11y.date' | transloco }}</p>
  </main>`,
  styles: `
    .plain-page {
      max-width: 760px;
      margin: 2rem auto;
      padding: 0 1rem;
    }
  `,
})
export class AccessibilityStatementPage {}
