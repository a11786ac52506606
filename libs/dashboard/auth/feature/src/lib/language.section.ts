import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { TranslocoPipe } from '@jsverse/transloco';
import { injectProblemCatcher, SessionStore } from '@masswerk/dashboard/shared/data-access';
import { LanguageService, UiLanguage } from '@masswerk/dashboard/shared/util';

/** On the account page: the language of the dashboard and of the reminders and digests Maßwerk writes to the person. */
@Component({
  selector: 'mw-language-section',
  imports: [MatButtonToggleModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" aria-labelledby="language-heading" data-testid="language-section">
      <h2 id="language-heading" class="section-title">{{ 'account.languageTitle' | transloco }}</h2>
      <p class="muted">{{ 'account.languageIntro' | transloco }}</p>
      @if (problem(); as text) {
        <p class="message fail" role="alert">{{ text }}</p>
      }
      <mat-button-toggle-group
        [value]="session.user()?.language ?? language.language()"
        (change)="choose($event.value)"
        [attr.aria-label]="'account.languageTitle' | transloco"
        data-testid="account-language"
      >
        <mat-button-toggle value="de" lang="de">Deutsch</mat-button-toggle>
        <mat-button-toggle value="en" lang="en">English</mat-button-toggle>
      </mat-button-toggle-group>
    </section>
  `,
  styles: `
    .message {
      padding: 0.75rem;
    }
  `,
})
export class LanguageSection {
  protected readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageService);
  private readonly catcher = injectProblemCatcher();
  protected readonly problem = this.catcher.problem;

  protected async choose(language: UiLanguage): Promise<void> {
    await this.catcher.attempt(async () => {
      await this.session.setLanguage(language);
      await this.language.use(language);
    });
  }
}
