import { DOCUMENT } from '@angular/common';
import { inject, Injectable, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { UiLanguage } from './format';

const STORAGE_KEY = 'masswerk.language';

/**
 * German by default, English on request; remembered in the browser and announced in <html lang>. A browser without a
 * choice of its own takes the signed-in person's language (`adopt`).
 */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  readonly language = signal<UiLanguage>('de');
  /** Whether the language was chosen in this browser (the switch), which wins over the account's. */
  private chosenHere = false;

  /** Applies the remembered language; resolves once its translations are loaded (for the app initializer). */
  init(): Promise<void> {
    const stored = this.document.defaultView?.localStorage.getItem(STORAGE_KEY);
    this.chosenHere = stored === 'en' || stored === 'de';
    return this.use(stored === 'en' ? 'en' : 'de', this.chosenHere);
  }

  /** The signed-in person's own language, unless this browser has chosen one. */
  async adopt(language: UiLanguage): Promise<void> {
    if (!this.chosenHere && language !== this.language()) await this.use(language, false);
  }

  /**
   * Switches once the translations have arrived. Code that translates imperatively when `language` changes (chart
   * labels, the document title) would otherwise get the German fallback for a language not loaded yet.
   */
  async use(language: UiLanguage, remember = true): Promise<void> {
    await firstValueFrom(this.transloco.load(language));
    this.transloco.setActiveLang(language);
    this.language.set(language);
    this.document.documentElement.lang = language;
    if (!remember) return;
    this.document.defaultView?.localStorage.setItem(STORAGE_KEY, language);
    this.chosenHere = true;
  }
}
