import { describe, expect, it } from 'vitest';
import { toArabicDigits } from '../../../shared/normalise/digits';

describe('Thai digits', () => {
  it('writes every Thai digit ๐–๙ as 0–9 and leaves other text alone', () => {
    expect(toArabicDigits('๐๑๒๓๔๕๖๗๘๙')).toBe('0123456789');
    expect(toArabicDigits('โทร ๐๕๓-๑๒๑-๔๕๖ ต่อ 12')).toBe('โทร 053-121-456 ต่อ 12');
  });
});
