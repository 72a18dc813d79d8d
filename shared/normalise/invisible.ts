/** Zero-width characters that copy-paste from web pages and Word leave inside values. */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

/** The text without zero-width spaces, joiners, word joiners or byte-order marks. */
export function stripZeroWidth(text: string): string {
  return text.replace(ZERO_WIDTH, '');
}

/**
 * Bidirectional formatting characters (LRM, RLM, ALM, embeddings, overrides, isolates). Thai and
 * English text never needs them, and a right-to-left override in a clipped name makes it display
 * as something other than what it is ("Trojan Source"), so text fields drop them.
 */
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** The text without bidirectional control characters. */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROL, '');
}

// What trim removes (\s) and the zero-width characters above.
const BLANK_CHARACTER = /[\s\u200B-\u200D\u2060\uFEFF]/;

/**
 * Whether the text is only spaces, line breaks and zero-width characters (what
 * `stripZeroWidth(text).trim()` leaves empty), found without building either string: every
 * cell of an import is asked, and nearly all answer at their first character.
 */
export function isBlankText(text: string): boolean {
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if ((code > 0x20 && code < 0x7f) || (code >= 0x0e01 && code <= 0x0e5b)) return false;
    if (!BLANK_CHARACTER.test(text[at])) return false;
  }
  return true;
}
