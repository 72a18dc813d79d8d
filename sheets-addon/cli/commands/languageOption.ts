import { isLanguage, type Language } from '../../../shared/i18n/language';
import { UsageError } from '../command';

/** The --lang value: th or en, anything else (or nothing) a usage error. */
export function languageOption(value: string | undefined): Language {
  if (!isLanguage(value)) throw new UsageError({ en: '--lang is th or en', th: '--lang ต้องเป็น th หรือ en' });
  return value;
}
