import { stripZeroWidth } from '../normalise/invisible';
import { composeSaraAm } from '../normalise/thaiVowels';

// Spaces, punctuation and symbols carry no identity in a name (ฯ and ๆ marks included).
const NOT_NAME = /[\s\p{P}\p{S}]/gu;

/**
 * The steps every name fold starts with: zero-width characters dropped, Thai sara am composed,
 * Unicode NFC, case-folded, runs of spaces as one, trimmed. Titles and legal forms are still there.
 */
export function foldNameSpelling(name: string): string {
  return (
    composeSaraAm(stripZeroWidth(name))
      // NFC, not NFKC: compatibility folding splits Thai sara am (ำ) into two characters.
      .normalize('NFC')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** The step every name fold ends with: only the letters and digits, without spaces, punctuation or symbols. */
export function nameLetters(text: string): string {
  // Removing a symbol can leave combining marks side by side: compose them again.
  return text.replace(NOT_NAME, '').normalize('NFC');
}
