/**
 * Thai marks with a non-zero combining class (sara u, sara uu, phinthu, the four tone marks): two
 * side by side may be reordered by NFC. Two ranges compared, not a set asked, for every Thai letter.
 */
export function isReorderedMark(code: number): boolean {
  return (code >= 0x0e38 && code <= 0x0e3a) || (code >= 0x0e48 && code <= 0x0e4b);
}
const NIKHAHIT = 0x0e4d;
const SARA_AA = 0x0e32;

/**
 * Whether normaliseText would give this text back unchanged: printable ASCII and Thai letters
 * only, single spaces between words, no sara am typed as two characters and no Thai marks NFC
 * would reorder. Nearly every cell of a file passes, and one scan of it is far cheaper than the
 * regular expressions and the Unicode normalisation that would only return the same text.
 */
export function isTidyText(text: string): boolean {
  let previous = 0x20;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x20) {
      if (previous === 0x20) return false;
    } else if (code >= 0x0e01 && code <= 0x0e5b) {
      if (isReorderedMark(code) && isReorderedMark(previous)) return false;
      if (code === SARA_AA && previous === NIKHAHIT) return false;
    } else if (code < 0x21 || code > 0x7e) {
      return false;
    }
    previous = code;
  }
  return previous !== 0x20;
}
