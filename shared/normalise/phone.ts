// The "max" metadata checks each number against the national numbering plan (not only its
// length), so a mistyped Thai landline is refused instead of being stored as valid.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { ok, type Result } from '../result';
import { toArabicDigits } from './digits';
import { stripZeroWidth } from './invisible';
import { refuse } from './refusal';

/** Numbers without a country code are read as Thai. */
export const DEFAULT_PHONE_REGION = 'TH';

/** Extensions longer than this are not extensions but a second number run together. */
const MAX_EXTENSION_DIGITS = 6;

// `ต่อ 12`, `ext. 12`, `extension 12`, `x12`, `#12`, or the stored form `;ext=12`, at the end.
const EXTENSION = /\s*(?:;\s*ext=|ต่อ|ext(?:ension)?\.?|x|#)\s*(\d+)\s*$/i;
// Labels people put before a number: `Tel.`, `โทร.`, `มือถือ:`, a `tel:` link.
const LABEL = /^(?:tel|phone|mobile|fax|โทรศัพท์|โทร|มือถือ|เบอร์โทร|เบอร์)\s*[.:]?\s*/i;
// A note after the number: `02-123-4567 (office)`, `081 234 5678 คุณสมชาย`.
const NOTE = /\s*(?:\([^()]*\p{L}[^()]*\)|[\p{L}\p{M}][\p{L}\p{M}\s.]*)$/u;
const ALREADY_E164 = /^\+[1-9]\d{6,14}(?:;ext=\d+)?$/;

/**
 * A phone number in E.164 (`+6621234567`), with an extension written RFC 3966 style
 * (`+6621234567;ext=12`). Thai national formats and Thai digits are accepted.
 */
export function normalisePhone(raw: string): Result<string> {
  let text = toArabicDigits(stripZeroWidth(String(raw ?? ''))).trim();
  // Full-width digits and signs from Asian keyboards; NFKC is skipped for the usual ASCII input.
  if (/[^\x20-\x7E]/.test(text)) text = text.normalize('NFKC');
  text = text.replace(LABEL, '').replace(NOTE, '').trim();
  let extension: string | undefined;
  const ext = EXTENSION.exec(text);
  if (ext) {
    extension = ext[1];
    text = text.slice(0, ext.index).trim();
  }
  if (extension !== undefined && extension.length > MAX_EXTENSION_DIGITS) return refuse('phone.invalid', raw);
  if (!/^[+\d\s().\-/]+$/.test(text) || text.replace(/\D/g, '').length < 6)
    return refuse('phone.invalid', raw);
  // Separators carry nothing once the shape is known to be a number; the library parses bare digits faster.
  const digits = text.replace(/[^+\d]/g, '');
  if (digits.lastIndexOf('+') > 0) return refuse('phone.invalid', raw);
  const parsed = parsePhoneNumberFromString(digits, { defaultCountry: DEFAULT_PHONE_REGION, extract: false });
  if (!parsed?.isValid()) return refuse('phone.invalid', raw);
  const number = parsed.number;
  return ok(extension ? `${number};ext=${extension}` : number);
}

/** The number without its extension: what identifies an organisation's line. */
export function phoneWithoutExtension(e164: string): string {
  const cut = e164.indexOf(';');
  return cut >= 0 ? e164.slice(0, cut) : e164;
}

/** Whether the text is already a stored phone (E.164, optional `;ext=`), so parsing can be skipped. */
export function isStoredPhone(text: string): boolean {
  return ALREADY_E164.test(text);
}
