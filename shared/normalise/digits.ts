/** ๐ and ๙: the Thai digits run between them, in order. */
export const THAI_ZERO = 0x0e50;
export const THAI_NINE = 0x0e59;

/** The text with Thai digits (๐–๙) written as 0–9; everything else unchanged. */
export function toArabicDigits(text: string): string {
  // A scan rather than a regex replace with a callback: every name and phone of an import passes here.
  let written = '';
  let from = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code < THAI_ZERO || code > THAI_NINE) continue;
    written += text.slice(from, at) + String(code - THAI_ZERO);
    from = at + 1;
  }
  return from === 0 ? text : written + text.slice(from);
}

/** The text's digits and + signs, in order (what removing every other character leaves). */
export function digitsAndPlus(text: string): string {
  // Runs between separators are sliced whole: a phone has two or three of them.
  let kept = '';
  let from = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if ((code >= 0x30 && code <= 0x39) || code === 0x2b) continue;
    if (at > from) kept += text.slice(from, at);
    from = at + 1;
  }
  return from === 0 ? text : kept + text.slice(from);
}
