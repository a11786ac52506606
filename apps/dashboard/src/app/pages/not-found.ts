import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

@Component({
  selector: 'mw-not-found',
  imports: [RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<main id="main" class="plain-page">
    <h1>{{ 'notFound.title' | transloco }}</h1>
    <p>{{ 'notFound.text' | transloco }}</p>
    <p>
      <a routerLink="/">{{ 'notFound.home' | transloco }}</a>
    </p>
  </main>`,
  styles: `
    .plain-page {
      max-width: 720px;
      margin: 3rem auto;
      padding: 0 1rem;
    }
  `,
})
export class NotFoundPage {}
