import { Translation, TranslocoTestingModule } from '@jsverse/transloco';

/** Transloco for a spec: the given German texts, loaded before the first render. Not part of the library's API. */
export function germanTransloco(de: Translation) {
  return TranslocoTestingModule.forRoot({
    langs: { de },
    translocoConfig: { defaultLang: 'de', availableLangs: ['de'] },
    preloadLangs: true,
  });
}
