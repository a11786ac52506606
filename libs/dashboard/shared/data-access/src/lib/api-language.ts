import type { UiLanguage } from '@masswerk/dashboard/shared/util';
import type { Language } from './schema.generated';

/** The dashboard's language as the API names it (`Language`), for texts the API writes (reminders). */
export function apiLanguage(language: UiLanguage): Language {
  return language === 'en' ? 'EN' : 'DE';
}

export function uiLanguage(language: Language | null | undefined): UiLanguage {
  return language === 'EN' ? 'en' : 'de';
}
