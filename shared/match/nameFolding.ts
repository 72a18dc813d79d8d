import { stripZeroWidth } from '../normalise/invisible';
import { composeSaraAm } from '../normalise/thaiVowels';

// Spaces, punctuation and symbols carry no identity in a name (ฯ and ๆ marks included).
const NOT_NAME = /[\s\p{P}\p{S}]/gu;

/**
 * The steps every name fold starts with: zero-width characters dropped, Thai sara am composed,
 * Unicode NFC, case-folded, runs of spaces as one, trimmed. Titles and legal forms are still there.
 */
export function foldNameSpelling(name: string): string {
  // NFC, not NFKC: compatibility folding splits Thai sara am (ำ) into two characters.
  const text = composeSaraAm(stripZeroWidth(name)).normalize('NFC');
  // Thai has no case: lower-casing a Thai name would only copy it.
  return (MAY_HAVE_CASE.test(text) ? text.toLowerCase() : text).replace(UNTIDY_SPACE, ' ').trim();
}

// Characters toLowerCase may change: Latin capitals and anything past Latin-1 but the Thai block.
const MAY_HAVE_CASE = /[A-Z\u00C0-\u0DFF\u0E80-\uFFFF]/;
// Runs of spaces that are not already one plain space; a single space is left, not copied.
const UNTIDY_SPACE = /\s\s+|[^\S ]/g;

/** The step every name fold ends with: only the letters and digits, without spaces, punctuation or symbols. */
export function nameLetters(text: string): string {
  // Removing a symbol can leave combining marks side by side: compose them again.
  return text.replace(NOT_NAME, '').normalize('NFC');
}
