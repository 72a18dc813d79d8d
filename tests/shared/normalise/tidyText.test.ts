import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../../shared/normalise/text';
import { isTidyText } from '../../../shared/normalise/tidyText';

/**
 * normaliseText as it was before tidy text was handed back as it is: every step applied to
 * every text. The fast path must give exactly what it gives.
 */
function everyStep(raw: string, multiline: boolean): string {
  let text = raw
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '')
    .normalize('NFC')
    .replace(/\u0E4D\u0E32/g, '\u0E33')
    .replace(/\r\n?/g, '\n')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters normaliseText drops.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, '');
  if (multiline) {
    text = text
      .split('\n')
      .map((line) => line.replace(/[^\S\n]+/g, ' ').trim())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  } else {
    text = text.replace(/\s+/g, ' ').trim();
  }
  return text;
}

// What a file's cells hold, with the characters that make a text untidy mixed in: Thai marks
// NFC reorders (่ before ุ), sara am typed as two characters, spaces of every kind, controls.
const cell = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...'กขคจดตนบปมรวสอะาำิีึืุูเแโใไ่้๊๋็์ฺ๐๑๙') },
      { weight: 3, arbitrary: fc.constantFrom(...'abzABZ09.,;:-/()"=@#~') },
      { weight: 2, arbitrary: fc.constant(' ') },
      fc.constantFrom('\u0E4D\u0E32', '\u0E48\u0E38', '\u0E38\u0E48', '\t', '\n', '\r\n', '\u00A0', '\u200B'),
      fc.constantFrom('\u202E', '\u0007', '\u007F', 'é', 'e\u0301', '😀', '\u3000', '\uFEFF'),
    ),
    { maxLength: 24 },
  )
  .map((pieces) => pieces.join(''));

describe('tidy text, handed back as it is', () => {
  it('is exactly what every normalising step gives, for one-line and multi-line text', () => {
    fc.assert(
      fc.property(cell, (text) => {
        expect(normaliseText(text)).toEqual({ ok: true, value: everyStep(text, false) });
        expect(normaliseText(text, undefined, { multiline: true })).toEqual({
          ok: true,
          value: everyStep(text, true),
        });
      }),
      { numRuns: 3000 },
    );
  });

  it('is only text those steps leave unchanged', () => {
    fc.assert(
      fc.property(cell, (text) => {
        if (isTidyText(text)) expect(everyStep(text, false)).toBe(text);
      }),
      { numRuns: 3000 },
    );
  });

  it('takes the Thai names, places and notes of a partner list', () => {
    for (const text of [
      'โรงเรียนบ้านแม่แรม ๑๒๓',
      'เชียงใหม่',
      'นำเข้าจากรายชื่อเดิม',
      '=HYPERLINK("http://x.example")',
    ])
      expect(isTidyText(text)).toBe(true);
    for (const text of ['', ' เชียงใหม่', 'แม่  ริม', 'ก\u0E48\u0E38', 'น\u0E4D\u0E32', 'a\tb', 'café'])
      expect(isTidyText(text)).toBe(false);
  });

  it('still refuses a tidy text longer than a cell takes', () => {
    expect(normaliseText('ก'.repeat(11), 10).ok).toBe(false);
  });
});
