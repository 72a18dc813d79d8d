import { ok, type Result } from '../result';
import { toArabicDigits } from './digits';
import { stripZeroWidth } from './invisible';
import { TWO_DIGIT_YEAR_MESSAGE } from './messages';
import { refuse } from './refusal';

/** A four-digit year above this is a Buddhist Era year (พ.ศ. = ค.ศ. + 543): 2400 BE is 1857 CE. */
export const BE_YEAR_THRESHOLD = 2400;
/** Years between the Buddhist and the Common Era. */
export const BE_OFFSET = 543;
/** The earliest CE year accepted; older dates in a network register are typing mistakes. */
const MIN_CE_YEAR = 1800;
/** Spreadsheet serial day 0 (Sheets and Excel count days from 1899-12-30). */
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** The last serial day Excel can show (9999-12-31). */
const MAX_SERIAL_DAY = 2_958_465;

const MONTHS: readonly (readonly string[])[] = [
  ['มกราคม', 'มค', 'january', 'jan'],
  ['กุมภาพันธ์', 'กพ', 'february', 'feb'],
  ['มีนาคม', 'มีค', 'march', 'mar'],
  ['เมษายน', 'เมย', 'april', 'apr'],
  ['พฤษภาคม', 'พค', 'may'],
  ['มิถุนายน', 'มิย', 'june', 'jun'],
  ['กรกฎาคม', 'กค', 'july', 'jul'],
  ['สิงหาคม', 'สค', 'august', 'aug'],
  ['กันยายน', 'กย', 'september', 'sep', 'sept'],
  ['ตุลาคม', 'ตค', 'october', 'oct'],
  ['พฤศจิกายน', 'พย', 'november', 'nov'],
  ['ธันวาคม', 'ธค', 'december', 'dec'],
];
const MONTH_BY_NAME = new Map<string, number>(
  MONTHS.flatMap((names, index) => names.map((name) => [name, index + 1] as const)),
);

const BE_MARK = /พ\s*\.?\s*ศ\s*\.?|\bb\.?\s*e\.?(?=\s|\d|$)/g;
const CE_MARK = /ค\s*\.?\s*ศ\s*\.?|\b(?:a\.?\s*d|c\.?\s*e)\.?(?=\s|\d|$)/g;
const WEEKDAY =
  /^(?:วัน)?(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัส|ศุกร์|เสาร์|อาทิตย์)(?:ที่)?\s*|^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*/;
const ISO_DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[t\s]\d.*)?$/;
const DAY_FIRST_NUMERIC = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d+)$/;
const DAY_MONTH_NAME_YEAR =
  /^(\d{1,2})(?:st|nd|rd|th)?[\s,/-]*([\p{L}\p{M}][\p{L}\p{M}.\s]*?)[\s,/.-]*(\d+)$/u;
const MONTH_NAME_DAY_YEAR = /^([\p{L}\p{M}][\p{L}\p{M}.\s]*?)\s*(\d{1,2})(?:st|nd|rd|th)?\s*,?\s*(\d+)$/u;

/** A Buddhist Era year as CE (2568 → 2025); a year at or below 2400 is already CE and is returned unchanged. */
export function beYearToCe(year: number): number {
  return year > BE_YEAR_THRESHOLD ? year - BE_OFFSET : year;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoOf(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthNumber(name: string): number | undefined {
  return MONTH_BY_NAME.get(name.replace(/[.\s]/g, ''));
}

type Era = 'be' | 'ce' | 'unmarked';

function dateOf(raw: unknown, era: Era, yearText: string, month: number, day: number): Result<string> {
  if (yearText.length === 2) return refuse('date.invalid', raw, {}, TWO_DIGIT_YEAR_MESSAGE);
  if (yearText.length !== 4) return refuse('date.invalid', raw);
  const written = Number(yearText);
  const year = era === 'be' ? written - BE_OFFSET : era === 'ce' ? written : beYearToCe(written);
  if (year < MIN_CE_YEAR || year > BE_YEAR_THRESHOLD) return refuse('date.invalid', raw);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return refuse('date.impossible', raw);
  return ok(isoOf(year, month, day));
}

function fromSerial(raw: number): Result<string> {
  if (!Number.isFinite(raw) || raw < 1 || raw > MAX_SERIAL_DAY) return refuse('date.invalid', raw);
  const iso = new Date(SERIAL_EPOCH_MS + Math.floor(raw) * DAY_MS).toISOString().slice(0, 10);
  // The same years as typed dates, so a stored date never reads back as Buddhist Era.
  const year = Number(iso.slice(0, 4));
  if (year < MIN_CE_YEAR || year > BE_YEAR_THRESHOLD) return refuse('date.invalid', raw);
  return ok(iso);
}

/**
 * A date as ISO `YYYY-MM-DD`. Reads ISO dates, day-first `15/06/2568` and `1-7-2025`, Thai
 * and English month names and abbreviations (`17 มกราคม 2569`, `17 ม.ค. 2569`, `Jan 17, 2026`),
 * Thai digits, an optional พ.ศ./ค.ศ. mark, and a spreadsheet serial day number. A year above
 * 2400 is Buddhist Era; a two-digit year is refused rather than guessed. An ISO date-time
 * gives its date part as written (no time-zone shift).
 */
export function normaliseDate(raw: string | number): Result<string> {
  if (typeof raw === 'number') return fromSerial(raw);
  let text = toArabicDigits(stripZeroWidth(String(raw ?? '')))
    .normalize('NFC')
    .trim()
    .toLowerCase();
  let era: Era = 'unmarked';
  // search(), unlike test(), ignores a global pattern's lastIndex.
  if (text.search(BE_MARK) >= 0) era = 'be';
  else if (text.search(CE_MARK) >= 0) era = 'ce';
  text = text.replace(BE_MARK, ' ').replace(CE_MARK, ' ').replace(/\s+/g, ' ').trim();
  text = text
    .replace(WEEKDAY, '')
    .replace(/^วันที่\s*|^ที่\s*/, '')
    // `17 เดือนมกราคม ปี 2569`: the words for "month" and "year" carry nothing.
    .replace(/เดือน\s*/g, '')
    .replace(/ปี\s*(?=\d)/g, '')
    .trim();

  const iso = ISO_DATE.exec(text);
  if (iso) return dateOf(raw, era, iso[1], Number(iso[2]), Number(iso[3]));
  const numeric = DAY_FIRST_NUMERIC.exec(text);
  if (numeric) return dateOf(raw, era, numeric[4], Number(numeric[3]), Number(numeric[1]));
  const dayFirst = DAY_MONTH_NAME_YEAR.exec(text);
  if (dayFirst) {
    const month = monthNumber(dayFirst[2]);
    if (month !== undefined) return dateOf(raw, era, dayFirst[3], month, Number(dayFirst[1]));
  }
  const monthFirst = MONTH_NAME_DAY_YEAR.exec(text);
  if (monthFirst) {
    const month = monthNumber(monthFirst[1]);
    if (month !== undefined) return dateOf(raw, era, monthFirst[3], month, Number(monthFirst[2]));
  }
  return refuse('date.invalid', raw);
}

/**
 * Undoes what Sheets does to `15/06/2568`: it stores the year 2568 CE. A date with a year
 * above 2400 is moved back 543 years. A date that does not exist after the move (29 February
 * of a non-leap year) is left as it was, not repaired.
 */
export function repairSheetsBeDate(iso: string): { iso: string; repaired: boolean } {
  const parts = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!parts) return { iso, repaired: false };
  const year = Number(parts[1]);
  if (year <= BE_YEAR_THRESHOLD) return { iso, repaired: false };
  const month = Number(parts[2]);
  const day = Number(parts[3]);
  const ce = year - BE_OFFSET;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(ce, month)) return { iso, repaired: false };
  return { iso: isoOf(ce, month, day) + iso.slice(10), repaired: true };
}
