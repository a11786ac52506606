import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { InstallationStore } from '@masswerk/dashboard/shared/data-access';
import { LegalLinks } from '@masswerk/dashboard/shared/ui';
import { LanguageService } from '@masswerk/dashboard/shared/util';

/**
 * The frame of the pages one reaches without signing in (sign-in, invitation, password reset): the brand, the page's
 * title, its content, and below it the language switch and the legal links (imprint, privacy, accessibility).
 */
@Component({
  selector: 'mw-auth-panel',
  imports: [MatButtonModule, MatIconModule, LegalLinks, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <main id="main" class="sign-in">
      <div class="panel" [attr.data-testid]="testId()">
        <div class="brand">
          <img src="favicon.svg" alt="" width="40" height="40" />
          <div>
            <p class="product">Maßwerk</p>
            <p class="claim">{{ 'signIn.claim' | transloco }}</p>
          </div>
        </div>
        <h1>{{ title() }}</h1>
        <ng-content />
        @if (links()) {
          <div class="links">
            <button
              mat-button
              type="button"
              (click)="language.use(language.language() === 'de' ? 'en' : 'de')"
              [attr.lang]="language.language() === 'de' ? 'en' : 'de'"
            >
              <mat-icon aria-hidden="true">translate</mat-icon
              >{{ language.language() === 'de' ? 'English' : 'Deutsch' }}
            </button>
            <mw-legal-links
              [imprintUrl]="installation.settings().imprintUrl"
              [privacyUrl]="installation.settings().privacyUrl"
            />
          </div>
        }
      </div>
    </main>
  `,
  styleUrl: './auth-panel.scss',
})
export class AuthPanel {
  readonly title = input.required<string>();
  readonly testId = input<string>();
  /** The language switch and the legal links below the content. */
  readonly links = input(true);
  protected readonly language = inject(LanguageService);
  protected readonly installation = inject(InstallationStore);

  constructor() {
    void this.installation.load();
  }
}
