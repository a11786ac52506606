import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink, RouterOutlet } from '@angular/router';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import { InstallationStore } from '@masswerk/dashboard/shared/data-access';
import { LegalLinks } from '@masswerk/dashboard/shared/ui';
import { LanguageService } from '@masswerk/dashboard/shared/util';

/**
 * The frame of the public site (issue 16): no sign-in, no cookie, no request to another origin; the language switch
 * (kept in this browser only) and the installation's legal links on every page.
 */
@Component({
  selector: 'mw-public-layout',
  imports: [RouterOutlet, RouterLink, MatButtonModule, TranslocoPipe, LegalLinks],
  providers: [provideTranslocoScope('publicSite')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="skip-link" href="#main">{{ 'publicSite.skip' | transloco }}</a>
    <header class="site-header">
      <a routerLink="/oeffentlich" class="brand">{{ 'publicSite.brand' | transloco }}</a>
      <button
        mat-button
        type="button"
        class="language"
        (click)="switchLanguage()"
        [attr.lang]="language.language() === 'de' ? 'en' : 'de'"
        data-testid="public-language"
      >
        {{ language.language() === 'de' ? 'English' : 'Deutsch' }}
      </button>
    </header>
    <main id="main" class="site-main" tabindex="-1">
      <router-outlet />
    </main>
    <footer class="site-footer">
      @let links = installation.settings();
      <mw-legal-links [imprintUrl]="links.imprintUrl" [privacyUrl]="links.privacyUrl" />
      <a routerLink="/anmelden">{{ 'publicSite.signIn' | transloco }}</a>
    </footer>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      min-height: 100vh;
    }
    .skip-link {
      position: absolute;
      left: -999px;
    }
    .skip-link:focus {
      left: 1rem;
      top: 1rem;
      background: #fff;
      padding: 0.5rem;
      z-index: 10;
    }
    .site-header {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 1rem;
      padding: 0.75rem 1rem;
      background: #0b4f8a;
      color: #fff;
    }
    .brand {
      color: #fff;
      font-weight: 600;
      font-size: 1.1rem;
      text-decoration: none;
    }
    .language {
      --mat-button-text-label-text-color: #fff;
      color: #fff;
    }
    .site-main {
      flex: 1;
      min-width: 0;
      width: 100%;
      max-width: 1040px;
      margin: 0 auto;
      padding: 1rem;
      box-sizing: border-box;
    }
    .site-footer {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
      padding: 1rem;
      border-top: 1px solid #ccc;
      justify-content: center;
    }
  `,
})
export class PublicLayout {
  protected readonly installation = inject(InstallationStore);
  protected readonly language = inject(LanguageService);

  constructor() {
    void this.installation.load();
  }

  protected async switchLanguage(): Promise<void> {
    await this.language.use(this.language.language() === 'de' ? 'en' : 'de');
  }
}
