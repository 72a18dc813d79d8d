import { describe, expect, it } from 'vitest';
import { normaliseNumber } from '../../../shared/normalise/number';

describe('normalising numbers', () => {
  it.each([
    ['150,000', 150000],
    ['1,500.50', 1500.5],
    ['฿1,000', 1000],
    ['1000 บาท', 1000],
    ['1,000.-', 1000],
    ['THB 2,500', 2500],
    ['25 คน', 25],
    ['๑๒๐', 120],
    ['  42 ', 42],
    ['-3.5', -3.5],
    ['0', 0],
  ])('reads %j as %d', (raw, expected) => {
    expect(normaliseNumber(raw)).toEqual({ ok: true, value: expected });
  });

  it('takes a number as it is', () => {
    expect(normaliseNumber(24)).toEqual({ ok: true, value: 24 });
  });

  it.each([['หลายคน'], ['1,5'], ['12a'], [''], ['1.2.3'], ['Infinity'], ['NaN']])(
    'refuses %j with number.invalid',
    (raw) => {
      const result = normaliseNumber(raw);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.reason.code).toBe('number.invalid');
        expect(result.reason.message.en).toContain(`"${raw}" is not a number`);
      }
    },
  );

  it('refuses a fraction where a whole number is needed, and a value below the minimum', () => {
    const fraction = normaliseNumber('2.5', { integer: true });
    expect(fraction.ok ? undefined : fraction.reason.code).toBe('number.not_integer');
    const negative = normaliseNumber('-1', { min: 0 });
    expect(negative.ok ? undefined : negative.reason.code).toBe('number.too_small');
    expect(normaliseNumber(Number.POSITIVE_INFINITY).ok).toBe(false);
  });
});
