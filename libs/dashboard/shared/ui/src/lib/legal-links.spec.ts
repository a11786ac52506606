import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { LegalLinks } from './legal-links';
import { germanTransloco } from './testing';

const de = { legal: { imprint: 'Impressum', privacy: 'Datenschutz' }, shell: { accessibility: 'Barrierefreiheit' } };

function render(imprintUrl: string | null, privacyUrl: string | null): HTMLElement {
  TestBed.configureTestingModule({ imports: [LegalLinks, germanTransloco(de)], providers: [provideRouter([])] });
  const fixture = TestBed.createComponent(LegalLinks);
  fixture.componentRef.setInput('imprintUrl', imprintUrl);
  fixture.componentRef.setInput('privacyUrl', privacyUrl);
  fixture.detectChanges();
  return fixture.nativeElement as HTMLElement;
}

const links = (el: HTMLElement) =>
  [...el.querySelectorAll('a')].map((a) => [a.textContent?.trim(), a.getAttribute('href')]);

describe('LegalLinks', () => {
  it('links the configured imprint and privacy policy, and always the accessibility statement', () => {
    expect(links(render('https://www.kreis.example.org/impressum', '/datenschutz.html'))).toEqual([
      ['Impressum', 'https://www.kreis.example.org/impressum'],
      ['Datenschutz', '/datenschutz.html'],
      ['Barrierefreiheit', '/barrierefreiheit'],
    ]);
  });

  it('shows no imprint or privacy link that is not configured', () => {
    expect(links(render(null, null))).toEqual([['Barrierefreiheit', '/barrierefreiheit']]);
  });
});
