import { THAI_NINE, THAI_ZERO, toArabicDigits } from '../normalise/digits';
import { stripZeroWidth } from '../normalise/invisible';
import { composeSaraAm } from '../normalise/thaiVowels';
import { isReorderedMark, isTidyText } from '../normalise/tidyText';

// Spaces, punctuation and symbols carry no identity in a name (ฯ and ๆ marks included).
const NOT_NAME = /[\s\p{P}\p{S}]/gu;

/**
 * The steps every name fold starts with: zero-width characters dropped, Thai sara am composed,
 * Unicode NFC, case-folded, runs of spaces as one, trimmed. Titles and legal forms are still there.
 */
export function foldNameSpelling(name: string): string {
  // Tidy text (nearly every name of a file) has nothing to drop, compose, normalise or space:
  // only its Latin capitals, if any, change.
  if (isTidyText(name)) return MAY_HAVE_CASE.test(name) ? name.toLowerCase() : name;
  // NFC, not NFKC: compatibility folding splits Thai sara am (ำ) into two characters.
  const text = composeSaraAm(stripZeroWidth(name)).normalize('NFC');
  // Thai has no case: lower-casing a Thai name would only copy it.
  return (MAY_HAVE_CASE.test(text) ? text.toLowerCase() : text).replace(UNTIDY_SPACE, ' ').trim();
}

// Characters toLowerCase may change: Latin capitals and anything past Latin-1 but the Thai block.
const MAY_HAVE_CASE = /[A-Z\u00C0-\u0DFF\u0E80-\uFFFF]/;
// Runs of spaces that are not already one plain space; a single space is left, not copied.
const UNTIDY_SPACE = /\s\s+|[^\S ]/g;

/**
 * The step every name fold ends with: only the letters and digits, without spaces, punctuation
 * or symbols; with `arabicDigits`, Thai digits as 0–9 (in the same scan, rather than a scan of
 * their own before the fold).
 */
export function nameLetters(text: string, arabicDigits = false): string {
  const plain = plainNameLetters(text, arabicDigits);
  if (plain !== undefined) return plain;
  // Removing a symbol can leave combining marks side by side: compose them again.
  const letters = text.replace(NOT_NAME, '').normalize('NFC');
  return arabicDigits ? toArabicDigits(letters) : letters;
}

/** Thai characters that are punctuation or symbols: ฯ, ฿, ๏, ๚, ๛. */
function isThaiPunctuationOrSymbol(code: number): boolean {
  return code === 0x0e2f || code === 0x0e3f || code === 0x0e4f || code === 0x0e5a || code === 0x0e5b;
}

/** Whether a character stays in a name's letters: an ASCII letter or digit, or a Thai letter, mark or digit. */
export function isNameLetter(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x0e01 && code <= 0x0e5b && !isThaiPunctuationOrSymbol(code))
  );
}

/**
 * nameLetters by one scan, for ASCII and Thai text (nearly every name): ASCII spaces,
 * punctuation and symbols and Thai ฯ ฿ ๏ ๚ ๛ dropped, and Thai digits written 0–9 if asked.
 * Undefined for any other character, or when two Thai marks NFC may reorder end up side by
 * side: the full path handles those.
 * Thai and ASCII have no other characters NFC changes.
 */
function plainNameLetters(text: string, arabicDigits: boolean): string | undefined {
  let kept = '';
  let from = 0;
  let previous = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (arabicDigits && code >= THAI_ZERO && code <= THAI_NINE) {
      kept += text.slice(from, at) + String(code - THAI_ZERO);
      from = at + 1;
      previous = code;
      continue;
    }
    if (isNameLetter(code)) {
      if (isReorderedMark(code) && isReorderedMark(previous)) return undefined;
      previous = code;
      continue;
    }
    if (code < 0x20 || code > 0x7e) return undefined;
    if (at > from) kept += text.slice(from, at);
    from = at + 1;
  }
  return from === 0 ? text : kept + text.slice(from);
}
