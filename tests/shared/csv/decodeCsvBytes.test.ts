import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from '../../../shared/csv/decodeCsvBytes';

/** Thai text as Windows-874 (TIS-620) bytes: ก..๛ sit at 0xA1..0xFB. */
function windows874(text: string): Uint8Array {
  return Uint8Array.from(
    [...text].map((c) => {
      const code = c.codePointAt(0) as number;
      return code < 0x80 ? code : code - 0x0e00 + 0xa0;
    }),
  );
}

describe('decoding CSV bytes without a BOM', () => {
  it('reads Windows-874 Thai whose bytes happen to be valid UTF-8 as Thai, not as stray symbols', () => {
    const bytes = windows874('name,province\nเขต เทพ,แดง โคก\n');
    // The trap: the same bytes are valid UTF-8.
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).not.toThrow();
    expect(decodeCsvBytes(bytes)).toEqual({
      text: 'name,province\nเขต เทพ,แดง โคก\n',
      encoding: 'windows-874',
    });
  });

  it('keeps UTF-8 Thai as UTF-8', () => {
    const text = 'ชื่อหน่วยงาน,จังหวัด\nโรงเรียนบ้านดอน,เชียงใหม่\n';
    expect(decodeCsvBytes(new TextEncoder().encode(text))).toEqual({ text, encoding: 'utf-8' });
  });

  it('keeps UTF-8 accented Latin as UTF-8 (its Windows-874 reading has no Thai vowels)', () => {
    const text = 'name\nCafé Amazon,Zürich,São Paulo\n';
    expect(decodeCsvBytes(new TextEncoder().encode(text))).toEqual({ text, encoding: 'utf-8' });
  });

  it('reads bytes that are not UTF-8 as Windows-874', () => {
    expect(decodeCsvBytes(windows874('ชื่อ\nโรงเรียนบ้านดอน\n'))).toEqual({
      text: 'ชื่อ\nโรงเรียนบ้านดอน\n',
      encoding: 'windows-874',
    });
  });
});
