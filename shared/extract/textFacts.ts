import type { CountryCode } from 'libphonenumber-js/max';
import { normaliseDate } from '../normalise/date';
import { toArabicDigits } from '../normalise/digits';
import { normaliseEmail } from '../normalise/email';
import { normaliseLineId } from '../normalise/lineId';
import { phoneWithoutExtension } from '../normalise/phone';
import { phoneOnPage } from './pageRegion';
import { PROVINCE_NAMES_LONGEST_FIRST, provinceOf } from './thaiProvinces';

/** A value found in running text and where it sits. */
export interface TextMatch {
  value: string;
  start: number;
  end: number;
  /** A phone's extension (`ต่อ 101`), when one followed the number. */
  extension?: string;
  /** Where the match came from when not running text: 'mailto', 'tel', 'link'. */
  source?: string;
}

// `@`, a full-width `＠`, or `[at]`, `(at)`, `{at}`, `<at>`, `(แอท)` with optional spaces.
const AT = String.raw`(?:\s*[@＠]\s*|\s*[[({<]\s*(?:at|แอท)\s*[\])}>]\s*)`;
const DOT = String.raw`(?:\.|\s*[[({<]\s*(?:dot|ดอท|จุด)\s*[\])}>]\s*)`;
const EMAIL = new RegExp(
  String.raw`(?<![\w.%+-])[a-z0-9._%+-]+${AT}(?:[a-z0-9-]+${DOT})+[a-z]{2,63}(?![\w-])`,
  'gi',
);
// `name at domain dot com`: only with at least one spelled-out dot, so prose ("meet at noon") is left alone.
const SPELLED_EMAIL = /(?<![\w.])([a-z0-9._%+-]+)\s+at\s+([a-z0-9-]+(?:\s+dot\s+[a-z0-9-]+)+)(?![\w-])/gi;

/** Email addresses in text, including `&#64;`-encoded and `[at]`/`(dot)` spellings; normalised. */
export function findEmails(text: string, limit = Number.POSITIVE_INFINITY): TextMatch[] {
  const found: TextMatch[] = [];
  for (const match of text.matchAll(EMAIL)) {
    if (found.length >= limit) break;
    const spelled = match[0]
      .replace(new RegExp(AT, 'i'), '@')
      .replace(new RegExp(DOT, 'gi'), '.')
      .replace(/\s+/g, '');
    pushEmail(found, spelled, match.index, match[0].length);
  }
  for (const match of text.matchAll(SPELLED_EMAIL)) {
    if (found.length >= limit) break;
    pushEmail(found, `${match[1]}@${match[2].replace(/\s+dot\s+/gi, '.')}`, match.index, match[0].length);
  }
  return found.sort((a, b) => a.start - b.start);
}

function pushEmail(found: TextMatch[], raw: string, start: number, length: number): void {
  const email = normaliseEmail(raw);
  if (email.ok) found.push({ value: email.value, start, end: start + length });
}

// A Thai number: `0` or `+66` then 8–9 more digits, each after at most one separator
// (`053-121-555`, `0 5312 1555`, `+66 2 123 4567`, `(053) 121 555`).
const PHONE = /(?<![\d+])(?:\+\s?66\s?(?:\(0\)\s?)?|\(?0)(?:[\s.\-)]{0,2}\d){8,9}(?!\d)/g;
const EXTENSION_AFTER = /^\s*(?:ต่อ|ext\.?|extension|x|#)\s*(\d{1,6})(?!\d)/i;
// A fax number is not a way to reach a partner.
const FAX_BEFORE = /(?:โทรสาร|แฟกซ์|แฟ็กซ์|fax)\s*[.:]?\s*(?:[\d\s-]*[,/]\s*)?$/i;

// A number with its country code, any country (`+44 20 7946 0958`, `+1 (408) 714-1489`).
const INTERNATIONAL_PHONE = /(?<![\d+])\+\s?[1-9](?:[\s.\-()]{0,2}\d){6,14}(?!\d)/g;
// A national number abroad: a trunk `0` or an area code in brackets (`020 7946 0958`, `(408) 714-1489`).
const NATIONAL_PHONE = /(?<![\d+])(?:\(\d{1,5}\)|\(?0)(?:[\s.\-)]{0,2}\d){6,12}(?!\d)/g;

/**
 * Phone numbers in text (Thai digits too), as bare E.164 with any extension beside; fax numbers
 * skipped. A number with a country code keeps it; one without is Thai unless `region` (the
 * page's country, pageRegion.ts) says otherwise.
 */
export function findPhones(
  text: string,
  limit = Number.POSITIVE_INFINITY,
  region?: CountryCode,
): TextMatch[] {
  const arabic = toArabicDigits(text);
  const found: TextMatch[] = [];
  const abroad = region !== undefined && region !== 'TH';
  const read = (pattern: RegExp, skip?: (number: string) => boolean) => {
    for (const match of arabic.matchAll(pattern)) {
      if (found.length >= limit) break;
      if (skip?.(match[0])) continue;
      const before = arabic.slice(Math.max(0, match.index - 24), match.index);
      if (FAX_BEFORE.test(before)) continue;
      const phone = phoneOnPage(match[0], region);
      if (!phone.ok) continue;
      const end = match.index + match[0].length;
      const extension = EXTENSION_AFTER.exec(arabic.slice(end, end + 16));
      found.push({
        value: phoneWithoutExtension(phone.value),
        start: match.index,
        end: extension ? end + extension[0].length : end,
        extension: extension?.[1],
      });
    }
  };
  read(abroad ? NATIONAL_PHONE : PHONE);
  // +66 numbers are the Thai pattern's at home; abroad the national pattern does not take a `+`.
  read(INTERNATIONAL_PHONE, abroad ? undefined : (number) => /^\+\s?66/.test(number));
  return found.sort((a, b) => a.start - b.start);
}

const LINE_ID =
  /(?<![a-z])(?:line\s*(?:official(?:\s*account)?|oa|id|@)?|ไลน์\s*(?:ไอดี|official)?|ไอดีไลน์)\s*[:：]?\s*(@?[a-z0-9._-]{3,20})(?![a-z0-9._-])/gi;

/** LINE IDs written after a `LINE`, `Line ID`, `LINE Official` or `ไลน์` label. */
export function findLineIds(text: string): TextMatch[] {
  const found: TextMatch[] = [];
  for (const match of text.matchAll(LINE_ID)) {
    const id = normaliseLineId(match[1]);
    if (id.ok) found.push({ value: id.value, start: match.index, end: match.index + match[0].length });
  }
  return found;
}

/** A postal address found in text: the line up to a five-digit postal code near a province name. */
export interface TextAddress {
  address: string;
  postalCode: string;
  province: string;
  district?: string;
  start: number;
}

const POSTAL_CODE = /(?<!\d)([1-9]\d{4})(?!\d)/g;
/** A province name belongs to a postal code when it is at most this many characters before it. */
const PROVINCE_REACH = 60;
const ADDRESS_LABEL = /(?:ที่อยู่|ที่ตั้ง|สำนักงาน|ตั้งอยู่(?:ที่|เลขที่)?|address)\s*[:：]?\s*/gi;
const DISTRICT = /(?:อำเภอ|อ\.|เขต)\s*([\u0E01-\u0E4E]+)/g;

/** The first postal address in the text: a postal code with a province name just before it. */
export function findAddress(text: string): TextAddress | undefined {
  const arabic = toArabicDigits(text);
  for (const match of arabic.matchAll(POSTAL_CODE)) {
    const before = arabic.slice(Math.max(0, match.index - PROVINCE_REACH), match.index);
    const province = provinceBefore(before);
    if (!province) continue;
    const lineStart =
      Math.max(arabic.lastIndexOf('\n', match.index), arabic.lastIndexOf('\t', match.index)) + 1;
    let line = arabic.slice(lineStart, match.index + match[0].length);
    let labelEnd = -1;
    for (const label of line.matchAll(ADDRESS_LABEL)) labelEnd = label.index + label[0].length;
    if (labelEnd >= 0) line = line.slice(labelEnd);
    let district: string | undefined;
    for (const found of line.matchAll(DISTRICT)) district = found[1];
    return { address: line.trim(), postalCode: match[1], province, district, start: lineStart };
  }
  return undefined;
}

function provinceBefore(before: string): string | undefined {
  const labelled = /(?:จังหวัด|จ\.)\s*([\u0E01-\u0E4E]+)\s*$/.exec(before);
  if (labelled) {
    const province = provinceOf(labelled[1]);
    if (province) return province;
  }
  const trimmed = before.replace(/[\s,]+$/, '');
  for (const name of PROVINCE_NAMES_LONGEST_FIRST) if (trimmed.endsWith(name)) return name;
  const english = /([A-Za-z][A-Za-z .]+?)\s*,?\s*$/.exec(trimmed);
  return english ? provinceOf(english[1]) : undefined;
}

const THAI_MONTH = String.raw`(?:มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม|ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\.|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)`;
// `17 มกราคม 2569`, `17–18 ม.ค. 69` is refused by the date rules (two-digit year); a range keeps its first day.
const DAY_MONTH_YEAR = new RegExp(
  String.raw`(?<!\d)(\d{1,2})(?:\s*[-–—]\s*\d{1,2})?\s*(${THAI_MONTH})\s*,?\s*(?:พ\.\s?ศ\.|ค\.\s?ศ\.)?\s*(\d{4})(?!\d)`,
  'gi',
);

/** The first date written with a month name in the text (Thai or English, Buddhist or Common Era), as ISO. */
export function findDate(text: string): TextMatch | undefined {
  for (const match of toArabicDigits(text).matchAll(DAY_MONTH_YEAR)) {
    const date = normaliseDate(`${match[1]} ${match[2]} ${match[3]}`);
    if (date.ok) return { value: date.value, start: match.index, end: match.index + match[0].length };
  }
  return undefined;
}
