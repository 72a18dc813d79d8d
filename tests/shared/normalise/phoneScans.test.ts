import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { digitsAndPlus } from '../../../shared/normalise/digits';
import { normalisePhone, normalisePhoneCell, phoneKey } from '../../../shared/normalise/phone';
import type { Result } from '../../../shared/result';

/** A result compared by what a person sees: the value, or the kind of refusal. */
const outcome = (result: Result<unknown>) => (result.ok ? result.value : result.reason.code);

// Phones as cells and files hold them: digits, separators, a +, an extension, a stray letter.
const phoneText = fc
  .array(
    fc.oneof(
      { arbitrary: fc.constantFrom(...'0123456789'), weight: 20 },
      { arbitrary: fc.constantFrom('-', ' '), weight: 4 },
      fc.constantFrom('+', '+66', ' ต่อ ', ';ext=', '(', ')', '.', 'a', '๕', '\u200B', '--', '\n'),
    ),
    { maxLength: 16 },
  )
  .map((pieces) => pieces.join(''));

// A number written as cells display it (Thai: 0 and digits in groups; foreign: +cc, a space and
// groups), with or without an extension, or one piece off.
const displayed = fc
  .tuple(
    fc.constantFrom('0', '1', '+66', '', '+1 ', '+44 ', '+0 ', '+1234 ', '+1  '),
    fc.array(fc.array(fc.constantFrom(...'0123456789'), { minLength: 0, maxLength: 5 }), {
      minLength: 1,
      maxLength: 4,
    }),
    fc.constantFrom(
      '',
      '',
      '',
      ' ต่อ 12',
      ' ต่อ 123456',
      ' ต่อ 1234567',
      ' ต่อ ',
      ' ต่อ 1 ต่อ 2',
      ' ต่อ x',
      ' ',
      '-',
    ),
  )
  .map(([start, groups, end]) => `${start}${groups.map((digits) => digits.join('')).join('-')}${end}`);

// phoneKey as it read displayed numbers before the scan: by regular expressions.
const DISPLAYED = /^(?:0\d{1,2}(?:-\d{3,4}){1,2}|\+[1-9]\d{0,2} \d+(?:-\d+)*)(?: ต่อ (\d{1,6}))?$/;
const ALREADY_E164 = /^\+[1-9]\d{6,14}(?:;ext=\d+)?$/;
function phoneKeyByPatterns(cell: string): string | undefined {
  const text = cell.trim();
  if (ALREADY_E164.test(text)) return text;
  const shown = DISPLAYED.exec(text);
  if (shown) {
    const extension = shown[1];
    const digits = (extension === undefined ? text : text.slice(0, text.indexOf(' ต่อ '))).replace(
      /[ -]/g,
      '',
    );
    const number = digits.startsWith('+') ? digits : `+66${digits.slice(1)}`;
    return extension === undefined ? number : `${number};ext=${extension}`;
  }
  const phone = normalisePhone(text);
  return phone.ok ? phone.value : undefined;
}

describe('phones read by scans rather than regular expressions', () => {
  it('keeps the digits and + signs that removing every other character keeps', () => {
    fc.assert(
      fc.property(phoneText, (text) => {
        expect(digitsAndPlus(text)).toBe(text.replace(/[^+\d]/g, ''));
      }),
      { numRuns: 3000 },
    );
  });

  it('keys a displayed number exactly as the patterns did', () => {
    fc.assert(
      fc.property(fc.oneof(displayed, phoneText), (text) => {
        expect(phoneKey(text)).toBe(phoneKeyByPatterns(text));
      }),
      { numRuns: 5000 },
    );
    expect(phoneKey('053-121-555')).toBe('+6653121555');
    expect(phoneKey('02-123-4567')).toBe('+6621234567');
  });

  it('writes a plain number in a cell as with an invisible character in front (which takes every step)', () => {
    fc.assert(
      fc.property(phoneText, (text) => {
        expect(outcome(normalisePhoneCell(text))).toEqual(outcome(normalisePhoneCell(`\u200B${text}`)));
      }),
      { numRuns: 3000 },
    );
    expect(normalisePhoneCell('053 101 001')).toEqual({ ok: true, value: '053-101-001' });
    expect(normalisePhoneCell('02 123 4567')).toEqual({ ok: true, value: '02-123-4567' });
  });
});
