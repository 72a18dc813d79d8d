import { describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH, normaliseText } from '../../../shared/normalise/text';

describe('normalising text', () => {
  it('trims, collapses inner whitespace and drops zero-width and control characters', () => {
    expect(normaliseText('  ค่าย\u200Bคุณธรรม \t ประจำปี\n2568 \u0007 ')).toEqual({
      ok: true,
      value: 'ค่ายคุณธรรม ประจำปี 2568',
    });
  });

  it('drops right-to-left overrides and every other bidirectional control character', () => {
    const spoofed =
      'Evil\u202Egpj.exe\u202C \u200Eโรงเรียน\u200F\u2066บ้าน\u2069\u061C\u202A\u202B\u202D\u2067\u2068';
    expect(normaliseText(spoofed)).toEqual({ ok: true, value: 'Evilgpj.exe โรงเรียนบ้าน' });
  });

  it('keeps line breaks in long text, with at most one blank line in a row', () => {
    expect(normaliseText('บรรทัดแรก  \r\n\r\n\r\n  บรรทัดสอง\n', undefined, { multiline: true })).toEqual({
      ok: true,
      value: 'บรรทัดแรก\n\nบรรทัดสอง',
    });
  });

  it('writes decomposed and mistyped Thai the one way (NFC, sara am as one character)', () => {
    expect(normaliseText('ตําบล')).toEqual({ ok: true, value: 'ตำบล' });
    expect(normaliseText('Cafe\u0301')).toEqual({ ok: true, value: 'Café' });
  });

  it('refuses text longer than the limit with text.too_long', () => {
    expect(normaliseText('ก'.repeat(MAX_TEXT_LENGTH)).ok).toBe(true);
    const result = normaliseText('ก'.repeat(MAX_TEXT_LENGTH + 1));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason.code).toBe('text.too_long');
      expect(result.reason.message.en).toContain(String(MAX_TEXT_LENGTH));
    }
    expect(normaliseText('abcdef', 5).ok).toBe(false);
  });
});
