import { ok, type Result } from '../result';
import { stripBidiControls, stripZeroWidth } from './invisible';
import { refuse } from './refusal';
import { composeSaraAm } from './thaiVowels';
import { isTidyText } from './tidyText';

/**
 * The longest text a register cell takes. Sheets allows 50,000 characters a cell; a network
 * register's notes never need more than this, and a longer paste is almost always a mistake.
 */
export const MAX_TEXT_LENGTH = 5000;

/** How text is tidied. */
export interface TextRules {
  /** Keep line breaks (long text such as notes and lessons learned). */
  multiline?: boolean;
}

// C0 controls other than tab and line breaks, DEL, and C1 controls.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const HORIZONTAL_SPACE = /[^\S\n]+/g;

/**
 * Text as stored: Unicode NFC, no zero-width, bidirectional or control characters, trimmed; a single-line
 * text has every run of spaces and line breaks made one space, a multi-line text keeps its
 * line breaks (at most one blank line in a row).
 */
export function normaliseText(
  raw: string,
  maxLength: number = MAX_TEXT_LENGTH,
  rules: TextRules = {},
): Result<string> {
  if (typeof raw === 'string' && raw.length <= maxLength && isTidyText(raw)) return ok(raw);
  let text = composeSaraAm(stripBidiControls(stripZeroWidth(String(raw ?? ''))).normalize('NFC'))
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '');
  if (rules.multiline) {
    text = text
      .split('\n')
      .map((line) => line.replace(HORIZONTAL_SPACE, ' ').trim())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  } else {
    text = text.replace(/\s+/g, ' ').trim();
  }
  if (text.length > maxLength) return refuse('text.too_long', text, { length: text.length, max: maxLength });
  return ok(text);
}
