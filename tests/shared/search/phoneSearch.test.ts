import { describe, expect, it } from 'vitest';
import { phoneMatches, phoneQueryDigits } from '../../../shared/search/phoneSearch';

describe('searching for a phone number', () => {
  it.each([
    '053-121-234',
    '0 5312 1234',
    '053121234',
    '+66 53 121 234',
    '(053) 121234',
    '๐๕๓-๑๒๑-๒๓๔',
    '053-121-234 ต่อ 12',
  ])('finds a stored number however it is typed: %s', (typed) => {
    const wanted = phoneQueryDigits(typed);
    expect(wanted).toBe('53121234');
    expect(phoneMatches('+6653121234;ext=12', wanted!)).toBe(true);
    expect(phoneMatches('053-121-234 ต่อ 12', wanted!)).toBe(true);
  });

  it('finds part of a number, and among several in a cell', () => {
    expect(phoneMatches('+6621234567,+66812345678', phoneQueryDigits('081-234')!)).toBe(true);
    expect(phoneMatches('+6621234567', phoneQueryDigits('5678')!)).toBe(false);
  });

  it('leaves words, ids and short numbers to the text search', () => {
    expect(phoneQueryDigits('ดอนแก้ว')).toBeUndefined();
    expect(phoneQueryDigits('P-0001')).toBeUndefined();
    expect(phoneQueryDigits('12')).toBeUndefined();
  });
});
