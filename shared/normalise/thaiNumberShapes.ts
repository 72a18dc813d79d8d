import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * A Thai number as written at home (`0` and 8 or 9 digits, no international prefix `00`): the
 * only input the shape look-up answers.
 */
const THAI_NATIONAL = /^0[1-9]\d{7,8}$/;

/**
 * A number's digits grouped as a cell shows them: each run of digits by its length, and the
 * text between runs (`053-100-200` is 3, '-', 3, '-', 3).
 */
type Grouping = readonly (number | string)[];

/** What libphonenumber said about one shape: refused, or how a cell groups its digits. */
type Shape = { valid: false } | { valid: true; grouping: Grouping };

/**
 * Each shape met so far, by length and first four digits after the `0` (as one number, so no
 * key string is built per phone). At most 2 × 9,000 entries, so kept for the process.
 */
const shapes = new Map<number, Shape>();

/** A national form as a cell shows it: its spaces as hyphens (`053 100 200` → `053-100-200`). */
function displayed(national: string): string {
  return national.replace(/\s+/g, '-');
}

/** How a cell groups the digits of a shape whose first number's national form is this. */
function groupingOf(national: string): Grouping {
  return displayed(national)
    .split(/(\d+)/)
    .filter((piece) => piece !== '')
    .map((piece) => (/^\d/.test(piece) ? piece.length : piece));
}

/** The digits grouped as the shape groups them. */
function grouped(digits: string, grouping: Grouping): string {
  let text = '';
  let at = 0;
  for (const piece of grouping) {
    if (typeof piece === 'string') {
      text += piece;
    } else {
      text += digits.slice(at, at + piece);
      at += piece;
    }
  }
  return text;
}

/** The length and the first four digits after the `0`, as one number: 101234 for 01234…, 10 long. */
function shapeKey(digits: string): number {
  let key = digits.length;
  for (let at = 1; at <= 4; at++) key = key * 10 + digits.charCodeAt(at) - 0x30;
  return key;
}

/**
 * The E.164 form of a Thai number and its national form as a cell shows it, or null when it is no valid number, or
 * undefined when the text is not a Thai national number at all (the caller then parses it).
 *
 * Why a shape: in libphonenumber's Thai metadata (pinned in the lockfile) whether a national
 * number is valid depends only on its length and its first four digits (fixed lines `2x`…,
 * mobiles `8x`, `9x`, `6xxx`, each followed by `\d{n}`), and its national format groups
 * digits by length and first digit. So the library is asked once per shape and the answer is
 * reused with the number's own digits; tests/shared/normalise/thaiNumberShapes.slow.test.ts
 * compares every shape with the library, so a metadata update that breaks this shows at once.
 * A 50,000-line partner list brings 50,000 distinct phones: parsing each was the costliest
 * step of its import.
 */
export function thaiNumber(digits: string): { number: string; display: string } | null | undefined {
  if (!THAI_NATIONAL.test(digits)) return undefined;
  const key = shapeKey(digits);
  let shape = shapes.get(key);
  if (!shape) {
    const parsed = parsePhoneNumberFromString(digits, { defaultCountry: 'TH', extract: false });
    if (!parsed?.isValid()) shape = { valid: false };
    else {
      const national = parsed.formatNational();
      // Reusable only when the national form is the digits as typed, grouped.
      if (parsed.number !== `+66${digits.slice(1)}` || national.replace(/\D/g, '') !== digits)
        return { number: parsed.number, display: displayed(national) };
      shape = { valid: true, grouping: groupingOf(national) };
    }
    shapes.set(key, shape);
  }
  if (!shape.valid) return null;
  return { number: `+66${digits.slice(1)}`, display: grouped(digits, shape.grouping) };
}
