/** Browsers and Sheets stop at about this length; longer "links" are pasted text, not URLs. */
export const MAX_URL_LENGTH = 2048;

const DOT = 0x2e;
const HYPHEN = 0x2d;
const SLASH = 0x2f;

function isLowerLetter(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

function isLowerAlphanumeric(code: number): boolean {
  return isLowerLetter(code) || (code >= 0x30 && code <= 0x39);
}

/** Where the host of `http(s)://` text starts, or -1 when the text starts with neither scheme. */
function hostStart(text: string): number {
  if (text.startsWith('https://')) return 8;
  if (text.startsWith('http://')) return 7;
  return -1;
}

/**
 * Where a host of lower-case ASCII labels ends (at `/`, `?`, `#` or the end of the text), or -1
 * when it is not one: labels of a-z, 0-9 and inner hyphens, 1 to 63 long, at least two, the
 * last holding a letter; no port, no user, no trailing dot.
 */
function plainHostEnd(text: string, start: number): number {
  let labels = 0;
  let labelStart = start;
  let letterInLabel = false;
  for (let at = start; ; at++) {
    const code = at < text.length ? text.charCodeAt(at) : SLASH;
    if (code === SLASH || code === 0x3f || code === 0x23 || code === DOT) {
      const length = at - labelStart;
      if (length < 1 || length > 63 || text.charCodeAt(at - 1) === HYPHEN) return -1;
      labels++;
      if (code !== DOT) return labels >= 2 && letterInLabel ? at : -1;
      labelStart = at + 1;
      letterInLabel = false;
    } else if (isLowerAlphanumeric(code)) {
      letterInLabel ||= isLowerLetter(code);
    } else if (code !== HYPHEN || at === labelStart) {
      return -1;
    }
  }
}

// What normaliseUrl trims from the end: a sentence's full stop or comma copied with the link.
const TRAILING_PUNCTUATION = '.,;:!?';

/**
 * Whether the text is an http(s) address exactly as normaliseUrl stores it (so normalising it
 * would give it back): a lower-case scheme and host of plain ASCII labels, no port or user, then
 * only printable ASCII without spaces, and no punctuation at the end. One scan, where the full
 * path runs a chain of regular expressions and rebuilds the address; nearly every web address
 * of an imported file is already written this way.
 */
export function isStoredUrl(text: string): boolean {
  if (text.length > MAX_URL_LENGTH || TRAILING_PUNCTUATION.includes(text.charAt(text.length - 1)))
    return false;
  const start = hostStart(text);
  if (start < 0) return false;
  const end = plainHostEnd(text, start);
  if (end < 0) return false;
  for (let at = end; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code < 0x21 || code > 0x7e) return false;
  }
  return true;
}
