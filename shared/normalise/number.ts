import { ok, type Result } from '../result';
import { toArabicDigits } from './digits';
import { stripZeroWidth } from './invisible';
import { refuse } from './refusal';

/** What a number cell must satisfy beyond being a number. */
export interface NumberRules {
  /** Only whole numbers (head counts). */
  integer?: boolean;
  /** The smallest value accepted. */
  min?: number;
}

// Currency and counting words people type around a number: ฿1,000 / 1000 บาท / 25 คน / 1,000.-
const CURRENCY = /^(?:฿|thb|baht|บาท)\s*|\s*(?:฿|thb|baht|บาท|\.-|คน|ราย|ครั้ง|แห่ง|persons?|people)\.?$/i;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/**
 * A number from a cell: `150,000`, `1,500.50`, `฿1,000`, `1000 บาท`, `25 คน`, Thai digits.
 * Commas are read only as thousands separators (Thai usage); anything else is refused.
 */
export function normaliseNumber(raw: string | number, rules: NumberRules = {}): Result<number> {
  let value: number;
  if (typeof raw === 'number') {
    value = raw;
  } else {
    let text = toArabicDigits(stripZeroWidth(String(raw ?? '')))
      .normalize('NFKC')
      .trim();
    for (let previous = ''; previous !== text; ) {
      previous = text;
      text = text.replace(CURRENCY, '').trim();
    }
    text = text.replace(/\s+/g, '');
    if (GROUPED_NUMBER.test(text)) text = text.replace(/,/g, '');
    if (!PLAIN_NUMBER.test(text)) return refuse('number.invalid', raw);
    value = Number(text);
  }
  if (!Number.isFinite(value)) return refuse('number.invalid', raw);
  if (Object.is(value, -0)) value = 0;
  if (rules.integer && !Number.isInteger(value)) return refuse('number.not_integer', raw);
  if (rules.min !== undefined && value < rules.min)
    return refuse('number.too_small', raw, { min: rules.min });
  return ok(value);
}
