/** The two languages the product speaks. */
export type Language = 'th' | 'en';
/** A text in both languages. */
export interface Bilingual {
  th: string;
  en: string;
}
export declare const LANGUAGES: readonly Language[];
export declare function isLanguage(value: unknown): value is Language;
