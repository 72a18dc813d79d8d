/** Zero-width characters that copy-paste from web pages and Word leave inside values. */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

/** The text without zero-width spaces, joiners, word joiners or byte-order marks. */
export function stripZeroWidth(text: string): string {
  return text.replace(ZERO_WIDTH, '');
}
