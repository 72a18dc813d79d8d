import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { normalisePhone, normalisePhoneCell } from '../../../shared/normalise/phone';

/** What libphonenumber alone makes of a Thai number typed at home: E.164 and the cell's form. */
function library(digits: string): { e164: string; cell: string } | null {
  const parsed = parsePhoneNumberFromString(digits, { defaultCountry: 'TH', extract: false });
  if (!parsed?.isValid()) return null;
  return { e164: parsed.number, cell: parsed.formatNational().replace(/\s+/g, '-') };
}

/** A second number of the same shape: same length and first four digits, other digits after. */
function sameShape(digits: string): string {
  return digits.slice(0, 5) + [...digits.slice(5)].map((digit) => String((Number(digit) + 7) % 10)).join('');
}

describe('Thai numbers read by their shape', () => {
  it('agree with libphonenumber for every length and first four digits', () => {
    const disagreements: string[] = [];
    for (const length of [9, 10]) {
      for (let prefix = 1000; prefix < 10000; prefix++) {
        // The first number of a shape teaches it; the second is answered from the shape.
        const first = `0${prefix}${'3'.repeat(length - 5)}`;
        for (const digits of [first, sameShape(first)]) {
          const expected = library(digits);
          const e164 = normalisePhone(digits);
          const cell = normalisePhoneCell(digits);
          const actual = e164.ok && cell.ok ? { e164: e164.value, cell: cell.value } : null;
          if (JSON.stringify(actual) !== JSON.stringify(expected))
            disagreements.push(`${digits}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`);
        }
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('writes a valid mobile and landline as Thai people do, an extension after', () => {
    expect(normalisePhoneCell('081 234 5678')).toEqual({ ok: true, value: '081-234-5678' });
    expect(normalisePhoneCell('053 121 555')).toEqual({ ok: true, value: '053-121-555' });
    expect(normalisePhoneCell('053 121 999 ต่อ 12')).toEqual({ ok: true, value: '053-121-999 ต่อ 12' });
    expect(normalisePhone('053 121 999 ต่อ 12')).toEqual({ ok: true, value: '+6653121999;ext=12' });
    expect(normalisePhoneCell('053 121 55').ok).toBe(false);
  });
});
