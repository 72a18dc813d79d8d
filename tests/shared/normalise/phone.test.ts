import { describe, expect, it } from 'vitest';
import { normalisePhone, phoneWithoutExtension } from '../../../shared/normalise/phone';

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
