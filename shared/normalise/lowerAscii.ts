/**
 * Whether the text is ASCII without capitals (every stored email, domain and web address), so
 * lower-casing it would change nothing; with `printable`, without spaces or control characters
 * either, so trimming it would change nothing too. A cell cut from a file with Thai in it is
 * stored two bytes a character, and lower-casing such a string builds a new one even when
 * nothing changes: import lines ask this question of every address they hold.
 */
export function isLowerAscii(text: string, printable: boolean): boolean {
  const lowest = printable ? 0x21 : 0;
  const highest = printable ? 0x7e : 0x7f;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code < lowest || code > highest || (code >= 0x41 && code <= 0x5a)) return false;
  }
  return true;
}

/** The text lower-cased; the same string when lower-casing would change nothing (see isLowerAscii). */
export function lowerCased(text: string): string {
  return isLowerAscii(text, false) ? text : text.toLowerCase();
}
