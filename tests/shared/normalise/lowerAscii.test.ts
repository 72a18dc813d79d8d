import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLowerAscii, lowerCased } from '../../../shared/normalise/lowerAscii';

// Addresses as cells hold them: lower and upper case, Thai, spaces, tabs, symbols.
const addressText = fc
  .array(fc.constantFrom(...'abcxyzABCXYZ019@.-_/: \t~ก๕é\u200B'), { maxLength: 24 })
  .map((characters) => characters.join(''));

describe('text that lower-casing would leave as it is', () => {
  it('is lower-cased exactly as toLowerCase would', () => {
    fc.assert(
      fc.property(addressText, (text) => {
        expect(lowerCased(text)).toBe(text.toLowerCase());
      }),
      { numRuns: 3000 },
    );
  });

  it('is given back as the same string when it is ASCII without capitals', () => {
    const stored = 'info@school.ac.th';
    expect(lowerCased(stored)).toBe(stored);
    expect(isLowerAscii('Info@school.ac.th', false)).toBe(false);
    expect(isLowerAscii('โรงเรียน', false)).toBe(false);
  });

  it('when printable, has nothing that trimming or lower-casing would change', () => {
    fc.assert(
      fc.property(addressText, (text) => {
        if (isLowerAscii(text, true)) expect(text.trim().toLowerCase()).toBe(text);
      }),
      { numRuns: 3000 },
    );
    expect(isLowerAscii('a b', true)).toBe(false);
    expect(isLowerAscii('a b', false)).toBe(true);
  });
});
