import { describe, expect, it } from 'vitest';
import {
  normalisePhone,
  normalisePhoneCell,
  phoneDisplay,
  phoneKey,
  phoneWithoutExtension,
} from '../../../shared/normalise/phone';

function phone(raw: string): string | undefined {
  const result = normalisePhone(raw);
  return result.ok ? result.value : undefined;
}

describe('normalising phone numbers', () => {
  it.each([
    ['053-121-456', '+6653121456'],
    ['0 5312 1555', '+6653121555'],
    ['02-123-4567', '+6621234567'],
    ['053 222 010', '+6653222010'],
    ['(053) 121 456', '+6653121456'],
    ['081 234 5678', '+66812345678'],
    ['0812345678', '+66812345678'],
    ['08-5555-0199', '+66855550199'],
    ['+66 53 941 111', '+6653941111'],
    ['+66 53 121 999', '+6653121999'],
    ['๐๘๑ ๒๓๔ ๕๖๗๘', '+66812345678'],
    ['Tel. 053-121-456', '+6653121456'],
    ['โทร. 02-123-4567', '+6621234567'],
    ['tel:+6621234567', '+6621234567'],
    ['02-123-4567 (office)', '+6621234567'],
    ['081 234 5678 คุณสมชาย', '+66812345678'],
    ['０８１２３４５６７８', '+66812345678'],
  ])('reads the Thai number %s as %s', (raw, expected) => {
    expect(phone(raw)).toBe(expected);
  });

  it.each([
    ['02 123 4567 ต่อ 12'],
    ['02-123-4567 ext. 12'],
    ['02 123 4567 ext 12'],
    ['02 123 4567 x12'],
    ['02 123 4567 #12'],
    ['+6621234567;ext=12'],
    ['02 123 4567 ต่อ 12 (ฝ่ายบุคคล)'],
  ])('keeps the extension of %s RFC 3966 style', (raw) => {
    expect(phone(raw)).toBe('+6621234567;ext=12');
  });

  it('accepts numbers of other countries written with their country code', () => {
    expect(phone('+1 650 253 0000')).toBe('+16502530000');
  });

  it.each([
    ['12345'],
    ['abc'],
    ['0812345678 0812345679'],
    ['02 123'],
    [''],
    ['not a phone 081'],
    ['02+1234567'],
  ])('refuses %j with phone.invalid and says what was given', (raw) => {
    const result = normalisePhone(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason.code).toBe('phone.invalid');
      expect(result.reason.message.en).toContain(`"${raw.trim()}"`);
      expect(result.reason.message.th).toContain('โทรศัพท์');
    }
  });

  it('refuses a Thai number that does not exist in the numbering plan', () => {
    expect(phone('01-234-5678')).toBeUndefined();
  });

  it('gives the number without its extension for matching', () => {
    expect(phoneWithoutExtension('+6621234567;ext=12')).toBe('+6621234567');
    expect(phoneWithoutExtension('+6621234567')).toBe('+6621234567');
  });
});

describe('showing phone numbers as Thai people write them', () => {
  it.each([
    ['+6653121234;ext=12', '053-121-234 ต่อ 12'],
    ['+66812345678', '081-234-5678'],
    ['+6621234567', '02-123-4567'],
    ['+14087141489', '+1 408-714-1489'],
  ])('shows %s as %s', (e164, shown) => {
    expect(phoneDisplay(e164)).toBe(shown);
  });

  it('writes the extension word of the language on screen', () => {
    expect(phoneDisplay('+6653121234;ext=12', 'en')).toBe('053-121-234 ext. 12');
  });

  it.each([
    ['0 5312 1555', '053-121-555'],
    ['+66 53 121 234 ext. 12', '053-121-234 ต่อ 12'],
    ['๐๘๑ ๒๓๔ ๕๖๗๘', '081-234-5678'],
    ['+1 (408) 714 1489', '+1 408-714-1489'],
    ['+6621234567', '02-123-4567'],
  ])('stores %s in a cell as %s', (raw, shown) => {
    expect(normalisePhoneCell(raw)).toEqual({ ok: true, value: shown });
  });

  it.each([
    ['053-121-234 ต่อ 12', '+6653121234;ext=12'],
    ['081-234-5678', '+66812345678'],
    ['+1 408-714-1489', '+14087141489'],
    ['+6621234567;ext=9', '+6621234567;ext=9'],
    ['0 5312 1555', '+6653121555'],
  ])('computes the E.164 form of the cell %s on read for matching', (cell, e164) => {
    expect(phoneKey(cell)).toBe(e164);
  });

  it('finds no phone in text that is none', () => {
    expect(phoneKey('ไม่มีเบอร์')).toBeUndefined();
  });

  it('reads every display form back to the number it shows', () => {
    for (const e164 of ['+6653121234;ext=12', '+66812345678', '+6621234567', '+14087141489', '+442079460958'])
      expect(phoneKey(phoneDisplay(e164))).toBe(e164);
  });
});
