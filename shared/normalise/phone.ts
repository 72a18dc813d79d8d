// The "max" metadata checks each number against the national numbering plan (not only its
// length), so a mistyped Thai landline is refused instead of being stored as valid.
import { type CountryCode, type PhoneNumber, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { Language } from '../i18n/language';
import { ok, type Result } from '../result';
import { digitsAndPlus, toArabicDigits } from './digits';
import { stripZeroWidth } from './invisible';
import { refuse } from './refusal';
import { thaiNumber } from './thaiNumberShapes';

/** Numbers without a country code are read as Thai. */
export const DEFAULT_PHONE_REGION: CountryCode = 'TH';

/** Extensions longer than this are not extensions but a second number run together. */
const MAX_EXTENSION_DIGITS = 6;

// `ต่อ 12`, `ext. 12`, `extension 12`, `x12`, `#12`, or the stored form `;ext=12`, at the end.
const EXTENSION = /\s*(?:;\s*ext=|ต่อ|ext(?:ension)?\.?|x|#)\s*(\d+)\s*$/i;
// Labels people put before a number: `Tel.`, `โทร.`, `มือถือ:`, a `tel:` link.
const LABEL = /^(?:tel|phone|mobile|fax|โทรศัพท์|โทร|มือถือ|เบอร์โทร|เบอร์)\s*[.:]?\s*/i;
// A note after the number: `02-123-4567 (office)`, `081 234 5678 คุณสมชาย`.
const NOTE = /\s*(?:\([^()]*\p{L}[^()]*\)|[\p{L}\p{M}][\p{L}\p{M}\s.]*)$/u;
const PLAIN_NUMBER = /^\+?\d[\d -]*\d$/;
const ALREADY_E164 = /^\+[1-9]\d{6,14}(?:;ext=\d+)?$/;

/** A number read from what a person typed: the parsed number and its extension digits, if any. */
interface ReadPhone {
  /** E.164, without the extension. */
  number: string;
  /** A Thai number as a cell shows it (`053-100-200`); else the parsed number, formatted on demand. */
  display?: string;
  parsed?: PhoneNumber;
  extension?: string;
}

/** What a person typed, parsed in `region` and checked against the numbering plan, or why it is no phone. */
function readPhone(raw: string, region: CountryCode): Result<ReadPhone> {
  // Digits with spaces or hyphens between them (nearly every phone of a file) hold no invisible
  // character, Thai digit, label, note or extension: cleaning them would give them back unchanged.
  const plain = typeof raw === 'string' && PLAIN_NUMBER.test(raw);
  let text = plain ? raw : toArabicDigits(stripZeroWidth(String(raw ?? ''))).trim();
  // Full-width digits and signs from Asian keyboards; NFKC is skipped for the usual ASCII input.
  if (!plain && /[^\x20-\x7E]/.test(text)) text = text.normalize('NFKC');
  if (!plain) text = text.replace(LABEL, '').replace(NOTE, '').trim();
  let extension: string | undefined;
  const ext = plain ? null : EXTENSION.exec(text);
  if (ext) {
    extension = ext[1];
    text = text.slice(0, ext.index).trim();
  }
  if (extension !== undefined && extension.length > MAX_EXTENSION_DIGITS) return refuse('phone.invalid', raw);
  // A plain number holds only digits, spaces, hyphens and a +: nothing to check again.
  if (!plain && !/^[+\d\s().\-/]+$/.test(text)) return refuse('phone.invalid', raw);
  // Separators carry nothing once the shape is known to be a number; the library parses bare digits faster.
  const digits = digitsAndPlus(text);
  // A + only in front; at least six digits besides it.
  const plus = digits.lastIndexOf('+');
  if (plus > 0 || digits.length - (plus + 1) < 6) return refuse('phone.invalid', raw);
  const thai = region === 'TH' ? thaiNumber(digits) : undefined;
  if (thai === null) return refuse('phone.invalid', raw);
  if (thai) return ok(extension ? { ...thai, extension } : thai);
  const parsed = parsePhoneNumberFromString(digits, { defaultCountry: region, extract: false });
  if (!parsed?.isValid()) return refuse('phone.invalid', raw);
  return ok(extension ? { number: parsed.number, parsed, extension } : { number: parsed.number, parsed });
}

/**
 * A phone number in E.164 (`+6621234567`), with an extension written RFC 3966 style
 * (`+6621234567;ext=12`). Thai national formats and Thai digits are accepted; a number without
 * a country code is read in `region` (Thailand unless a page says otherwise).
 */
export function normalisePhone(raw: string, region: CountryCode = DEFAULT_PHONE_REGION): Result<string> {
  const phone = readPhone(raw, region);
  if (!phone.ok) return phone;
  const { number, extension } = phone.value;
  return ok(extension ? `${number};ext=${extension}` : number);
}

/** The word before an extension as each language writes it; cells always use the Thai one. */
const EXTENSION_WORD: Record<Language, string> = { th: 'ต่อ', en: 'ext.' };

/**
 * A number as Thai people write it, from its E.164 form: `081-234-5678`, `02-123-4567`,
 * `053-121-234 ต่อ 12`; outside Thailand the international form `+1 408-714-1489`. This is what
 * a phone cell holds (as text) and what every screen shows; E.164 is only computed for matching.
 */
export function phoneDisplay(e164: string, language: Language = 'th'): string {
  const cut = e164.indexOf(';ext=');
  const parsed = parsePhoneNumberFromString(cut >= 0 ? e164.slice(0, cut) : e164);
  if (!parsed) return e164;
  return displayOf({ parsed }, cut >= 0 ? e164.slice(cut + 5) : undefined, language);
}

function displayOf(
  phone: Pick<ReadPhone, 'display' | 'parsed'>,
  extension: string | undefined,
  language: Language,
): string {
  const spoken = extension === undefined ? '' : ` ${EXTENSION_WORD[language]} ${extension}`;
  const { display, parsed } = phone;
  if (display !== undefined) return `${display}${spoken}`;
  if (parsed!.countryCallingCode === '66') return `${parsed!.formatNational().replace(/\s+/g, '-')}${spoken}`;
  const international = parsed!.formatInternational();
  const space = international.indexOf(' ');
  const groups = space < 0 ? '' : ` ${international.slice(space + 1).replace(/[\s()]+/g, '-')}`;
  return `${international.slice(0, space < 0 ? undefined : space)}${groups}${spoken}`;
}

/** A phone as a cell stores it: read in any format, written in the display form. */
export function normalisePhoneCell(raw: string): Result<string> {
  const phone = readPhone(raw, DEFAULT_PHONE_REGION);
  // Formatted from the number just read: parsing its E.164 form again would give the same number.
  return phone.ok ? ok(displayOf(phone.value, phone.value.extension, 'th')) : phone;
}

/** What phoneDisplay writes between a number and its extension. */
const SPOKEN_EXTENSION = ' ต่อ ';
/** How phoneDisplay writes a number outside Thailand: `+cc xx-xxx`. */
const DISPLAYED_FOREIGN = /^\+[1-9]\d{0,2} \d+(?:-\d+)*$/;

/**
 * The E.164 form (with `;ext=`) of one phone as a cell holds it, computed on read for matching
 * and dedupe; undefined when the text is not a phone. The display form and the E.164 cells of
 * older registers are read without the parser: a register holds many, and parsing is costly.
 */
export function phoneKey(cell: string): string | undefined {
  const text = cell.trim();
  const displayed = displayedNumber(text);
  if (displayed !== undefined) return displayed;
  if (ALREADY_E164.test(text)) return text;
  const phone = normalisePhone(text);
  return phone.ok ? phone.value : undefined;
}

/**
 * The E.164 form of a number in a shape phoneDisplay writes (Thai `053-121-555`, foreign
 * `+1 408-714-1489`, either followed by ` ต่อ 12`), or undefined for any other text.
 */
function displayedNumber(text: string): string | undefined {
  const cut = text.indexOf(SPOKEN_EXTENSION);
  const number = cut < 0 ? text : text.slice(0, cut);
  const extension = cut < 0 ? undefined : text.slice(cut + SPOKEN_EXTENSION.length);
  if (extension !== undefined && !isExtension(extension)) return undefined;
  const thai = displayedThaiNumber(number);
  if (thai !== undefined) return withExtension(thai, extension);
  return DISPLAYED_FOREIGN.test(number) ? withExtension(number.replace(/[ -]/g, ''), extension) : undefined;
}

/** Whether the text is an extension as phoneDisplay writes one: one to MAX_EXTENSION_DIGITS digits. */
function isExtension(text: string): boolean {
  return text.length >= 1 && text.length <= MAX_EXTENSION_DIGITS && allDigits(text, 0, text.length);
}

/** Whether the text from `from` to `to` is all ASCII digits. */
function allDigits(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}

/**
 * The E.164 form of a Thai number as a cell displays it without its extension (`053-121-555`,
 * `081-234-5678`), found by one scan; undefined for any other text. Every phone of an import's
 * lines is looked up by its key.
 */
function displayedThaiNumber(text: string): string | undefined {
  if (text.charCodeAt(0) !== 0x30) return undefined;
  // 0 and one or two digits, then one or two groups of a hyphen and three or four digits.
  let e164 = '+66';
  let from = 1;
  for (let group = 0; group <= 2; group++) {
    let to = text.indexOf('-', from);
    if (to < 0) to = text.length;
    const length = to - from;
    const fits = group === 0 ? length >= 1 && length <= 2 : length >= 3 && length <= 4;
    if (!fits || !allDigits(text, from, to)) return undefined;
    e164 += text.slice(from, to);
    if (to === text.length) return group === 0 ? undefined : e164;
    from = to + 1;
  }
  return undefined;
}

function withExtension(number: string, extension: string | undefined): string {
  return extension === undefined ? number : `${number};ext=${extension}`;
}

/** The number without its extension: what identifies an organisation's line. */
export function phoneWithoutExtension(e164: string): string {
  const cut = e164.indexOf(';');
  return cut >= 0 ? e164.slice(0, cut) : e164;
}
