/**
 * Sara am (ำ) as one character. Typed as nikhahit + sara aa (ํ + า), it looks the same but
 * compares differently, and Unicode normalisation (NFC) does not join the two.
 */
export function composeSaraAm(text: string): string {
  return text.replace(/\u0E4D\u0E32/g, '\u0E33');
}
