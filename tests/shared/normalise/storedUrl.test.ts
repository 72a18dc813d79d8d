import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isStoredUrl } from '../../../shared/normalise/storedUrl';
import { normaliseUrl } from '../../../shared/normalise/url';
import type { Result } from '../../../shared/result';

/** A result compared by what a person sees: the value, or the kind of refusal. */
const outcome = (result: Result<unknown>) => (result.ok ? result.value : result.reason.code);

// Addresses as files bring them: most already as stored, the rest one odd piece away.
const label = fc
  .array(
    fc.oneof(
      { arbitrary: fc.constantFrom(...'az09-'), weight: 40 },
      fc.constantFrom('A', '_', 'é', ':80', '@'),
    ),
    {
      minLength: 0,
      maxLength: 5,
    },
  )
  .map((pieces) => pieces.join(''));
const address = fc
  .tuple(
    fc.oneof(
      { arbitrary: fc.constantFrom('https://', 'http://'), weight: 6 },
      fc.constantFrom('HTTPS://', 'Http://', 'ftp://', '//', '', 'https:/'),
    ),
    fc.array(label, { minLength: 1, maxLength: 4 }),
    fc.constantFrom('', '.', '.th', '.co.th', '.1'),
    fc.array(
      fc.oneof(
        { arbitrary: fc.constantFrom('/', '/a', '?q=1', '#top', '%20', 'B'), weight: 6 },
        fc.constantFrom('.', ',', '!', ' ', 'é', '\u200B', ':', '@'),
      ),
      { maxLength: 3 },
    ),
  )
  .map(([scheme, labels, top, rest]) => `${scheme}${labels.join('.')}${top}${rest.join('')}`);

describe('a web address already as stored, known by one scan', () => {
  it('is normalised exactly as with an invisible character in front (which takes every step)', () => {
    fc.assert(
      fc.property(address, (text) => {
        expect(outcome(normaliseUrl(text))).toEqual(outcome(normaliseUrl(`\u200B${text}`)));
      }),
      { numRuns: 5000 },
    );
  });

  it('is only ever an address the full path gives back unchanged', () => {
    fc.assert(
      fc.property(address, (text) => {
        if (isStoredUrl(text)) expect(normaliseUrl(`\u200B${text}`)).toEqual({ ok: true, value: text });
      }),
      { numRuns: 5000 },
    );
  });

  it('knows the addresses of a partner list, and leaves the odd ones to the full path', () => {
    for (const text of ['https://new1.or.th', 'http://org49.ac.th/contact', 'https://a-b.co.th/x?y=1#z'])
      expect(isStoredUrl(text), text).toBe(true);
    for (const text of [
      'https://New1.or.th',
      'https://new1.or.th.',
      'https://new1.or.th:443/',
      'https://localhost',
      'https://10.0.0.1',
      'https://-a.co.th',
      'https://a-.co.th',
      `https://${'a'.repeat(64)}.com`,
      'https://u@a.co.th',
      'https://a.co.th/ x',
      'www.a.co.th',
    ])
      expect(isStoredUrl(text), text).toBe(false);
  });
});
