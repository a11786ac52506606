import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { InstallationStore, type InstallationSettings } from '@masswerk/dashboard/shared/data-access';
import { AccessibilityStatementPage } from './accessibility-statement';

const NONE: InstallationSettings = {
  imprintUrl: null,
  privacyUrl: null,
  accessibilityContactEmail: null,
  accessibilityContactUrl: null,
};

function render(settings: InstallationSettings, loaded = true): HTMLElement {
  const store = { settings: signal(settings), loaded: signal(loaded), load: () => Promise.resolve() };
  TestBed.configureTestingModule({
    imports: [
      AccessibilityStatementPage,
      TranslocoTestingModule.forRoot({
        langs: {
          de: {
            a11y: {
              feedbackEmail: 'per E-Mail an',
              feedbackForm: 'über das Kontaktformular',
              feedbackMissing: 'Keine.',
            },
          },
        },
        translocoConfig: { defaultLang: 'de', availableLangs: ['de'] },
        preloadLangs: true,
      }),
    ],
    providers: [provideRouter([]), { provide: InstallationStore, useValue: store }],
  });
  const fixture = TestBed.createComponent(AccessibilityStatementPage);
  fixture.detectChanges();
  return fixture.nativeElement as HTMLElement;
}

describe('AccessibilityStatementPage', () => {
  it('names the configured e-mail address and contact form', () => {
    const page = render({
      ...NONE,
      accessibilityContactEmail: 'barrierefreiheit@kreis.example.org',
      accessibilityContactUrl: 'https://www.kreis.example.org/kontakt',
    });
    const contact = page.querySelector('[data-testid="accessibility-contact"]');
    expect([...(contact?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'))).toEqual([
      'mailto:barrierefreiheit@kreis.example.org',
      'https://www.kreis.example.org/kontakt',
    ]);
    expect(page.querySelector('[data-testid="accessibility-contact-missing"]')).toBeNull();
  });

  it('says there is no contact yet when none is configured, and never shows a made-up address', () => {
    const page = render(NONE);
    expect(page.querySelector('[data-testid="accessibility-contact-missing"]')?.textContent?.trim()).toBe('Keine.');
    expect(page.querySelector('a[href^="mailto:"]')).toBeNull();
  });

  it('says nothing about the contact before the API has answered', () => {
    const page = render(NONE, false);
    expect(page.querySelector('[data-testid="accessibility-contact-missing"]')).toBeNull();
    expect(page.querySelector('[data-testid="accessibility-contact"]')).toBeNull();
  });
});
