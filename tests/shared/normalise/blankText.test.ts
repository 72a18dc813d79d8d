import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBlankText, stripZeroWidth } from '../../../shared/normalise/invisible';

const text = fc
  .array(
    fc.constantFrom(
      ' ',
      '\t',
      '\n',
      '\r',
      '\u00A0',
      '\u3000',
      '\u2028',
      '\u200B',
      '\u200D',
      '\u2060',
      '\uFEFF',
      '\u200E',
      'ก',
      'a',
      '.',
      '😀',
      '\u0301',
    ),
    { maxLength: 6 },
  )
  .map((pieces) => pieces.join(''));

describe('a blank cell', () => {
  it('is one that holds nothing once zero-width characters and spaces are taken away', () => {
    fc.assert(
      fc.property(text, (cell) => {
        expect(isBlankText(cell)).toBe(stripZeroWidth(cell).trim() === '');
      }),
      { numRuns: 3000 },
    );
  });

  it('is empty, spaces, line breaks or zero-width characters, but not a bidi mark', () => {
    expect(isBlankText('')).toBe(true);
    expect(isBlankText(' \u200B\u00A0\n')).toBe(true);
    expect(isBlankText('\u200E')).toBe(false);
    expect(isBlankText(' ก ')).toBe(false);
  });
});
