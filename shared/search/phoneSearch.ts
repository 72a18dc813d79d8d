import { toArabicDigits } from '../normalise/digits';
import { normalisePhone, phoneWithoutExtension } from '../normalise/phone';

/** Fewer digits than this is a house number or a count, not a phone number being looked up. */
const MIN_PHONE_QUERY_DIGITS = 4;
const PHONE_SHAPE = /^\+?[\d\s().\-/]+$/;

/**
 * The digits a search for a phone number looks for, whatever way it was typed (`053-121-234`,
 * `0 5312 1234`, `+66 53 121 234`, Thai digits): the number without country code or trunk 0,
 * as E.164 computes it. Undefined when the query is not a phone number.
 */
export function phoneQueryDigits(query: string): string | undefined {
  const text = toArabicDigits(query)
    .trim()
    .replace(/\s*(?:ต่อ|ext\.?|x)\s*\d+$/i, '');
  if (!PHONE_SHAPE.test(text)) return undefined;
  const digits = text.replace(/\D/g, '');
  if (digits.length < MIN_PHONE_QUERY_DIGITS) return undefined;
  const parsed = normalisePhone(text);
  if (parsed.ok) return nationalDigits(phoneWithoutExtension(parsed.value));
  // Part of a number: compare digits without the trunk 0 or Thailand's +66.
  return digits.replace(/^66(?=\d{8})/, '').replace(/^0/, '');
}

/** The national digits of every phone in a cell (stored E.164, or typed by hand in any format). */
function phoneDigitsOf(cell: string | number | null | undefined): string[] {
  if (cell === null || cell === undefined) return [];
  return String(cell)
    .split(',')
    .flatMap((item) => {
      const parsed = normalisePhone(item);
      if (parsed.ok) return [nationalDigits(phoneWithoutExtension(parsed.value))];
      const digits = toArabicDigits(item).replace(/\D/g, '');
      return digits ? [digits.replace(/^0/, '')] : [];
    });
}

/** Whether a cell holds a phone number containing the digits looked for. */
export function phoneMatches(cell: string | number | null | undefined, wanted: string): boolean {
  return phoneDigitsOf(cell).some((digits) => digits.includes(wanted));
}

function nationalDigits(e164: string): string {
  // Thailand's numbers are compared without +66; others keep their country code.
  return e164.startsWith('+66') ? e164.slice(3) : e164.slice(1);
}
