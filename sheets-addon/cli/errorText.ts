import type { Bilingual, Language } from '../../shared/i18n/language';

/** An error as netreg prints it: in the --lang language, else English / Thai. */
export function errorText(message: Bilingual, language?: Language): string {
  return language ? message[language] : `${message.en} / ${message.th}`;
}
