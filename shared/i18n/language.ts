/** The two languages the product speaks. */
export type Language = 'th' | 'en';

/** A text in both languages. */
export interface Bilingual {
  th: string;
  en: string;
}

export const LANGUAGES: readonly Language[] = ['th', 'en'];

export function isLanguage(value: unknown): value is Language {
  return value === 'th' || value === 'en';
}
