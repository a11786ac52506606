/** The languages of the dashboard and of what Maßwerk writes to a person (reminders, digests); German first. */
export enum Language {
  DE = 'de',
  EN = 'en',
}

export const LANGUAGES: readonly Language[] = [Language.DE, Language.EN];

export const DEFAULT_LANGUAGE = Language.DE;

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}
