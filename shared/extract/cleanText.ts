import { stripZeroWidth } from '../normalise/invisible';

/** Page text longer than this is not a field value (a name, a role, an address) but a pasted block. */
export const MAX_FIELD_LENGTH = 300;

// Markup inside a value (a CMS that puts HTML into JSON-LD, or a hostile page) is not part of a name.
const TAG = /<\/?[a-z][^<>]*>/gi;
// C0/C1 controls and the bidi overrides a page can use to disguise text; tabs and newlines become spaces.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
 * A page string as a plain field value: no control or zero-width characters, runs of
 * whitespace as one space, no HTML tags, trimmed, at most MAX_FIELD_LENGTH characters. Formula-like text is
 * left as it is: the register's writers neutralise it.
 */
export function cleanFieldText(raw: unknown, maxLength = MAX_FIELD_LENGTH): string {
  if (typeof raw !== 'string' && typeof raw !== 'number') return '';
  const text = stripZeroWidth(String(raw))
    .replace(TAG, ' ')
    .replace(CONTROL, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > maxLength ? text.slice(0, maxLength).trim() : text;
}
