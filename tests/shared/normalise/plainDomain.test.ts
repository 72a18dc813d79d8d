import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { registrableDomain } from '../../../shared/normalise/url';

// Emails, web addresses and hosts as cells hold them, with now and then a capital, a space or
// a character past ASCII (which take the full path).
const input = fc
  .array(
    fc.oneof(
      {
        arbitrary: fc.constantFrom(
          'https://',
          'http://',
          'mailto:',
          'info@',
          'www.',
          'new1',
          'or.th',
          '.',
          '/x',
          '?q',
          '#f',
          '-',
        ),
        weight: 10,
      },
      fc.constantFrom('A', 'ฟ', '\u200B', '@', ':8080', '\t', '_'),
    ),
    { maxLength: 6 },
  )
  .map((pieces) => pieces.join(''));

describe('the registrable domain of text already plain lower-case ASCII', () => {
  it('is what the full path gives (a space in front takes it)', () => {
    fc.assert(
      fc.property(input, (text) => {
        expect(registrableDomain(text)).toBe(registrableDomain(` ${text}`));
      }),
      { numRuns: 4000 },
    );
    expect(registrableDomain('mailto:office@org12.ac.th')).toBe('org12.ac.th');
  });
});
