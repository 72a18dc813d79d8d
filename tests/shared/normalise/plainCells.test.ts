import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldNameSpelling } from '../../../shared/match/nameFolding';
import { listCellItems, normaliseCell } from '../../../shared/normalise/cell';
import { normaliseEmail } from '../../../shared/normalise/email';
import { stripZeroWidth } from '../../../shared/normalise/invisible';
import { normalisePhone } from '../../../shared/normalise/phone';
import { composeSaraAm } from '../../../shared/normalise/thaiVowels';
import { normaliseUrl } from '../../../shared/normalise/url';
import type { Result } from '../../../shared/result';
import { tabDef } from '../../../shared/schema/tabs';

/** A result compared by what a person sees: the value, or the kind of refusal. */
const outcome = (result: Result<unknown>) => (result.ok ? result.value : result.reason.code);

// Numbers as typed in a file: digits with spaces, hyphens or a leading +, of any length.
const typedNumber = fc
  .tuple(
    fc.constantFrom('', '+', '0', '+66', '66', '02', '053', '08'),
    fc.array(fc.constantFrom(...'0123456789', ' ', '-', '  '), { minLength: 1, maxLength: 14 }),
    fc.constantFrom(...'0123456789'),
  )
  .map(([start, middle, end]) => `${start}${middle.join('')}${end}`);

describe('a phone typed as plain digits, read without the cleaning steps', () => {
  it('reads as the same number as with an invisible character in front (which takes every step)', () => {
    fc.assert(
      fc.property(typedNumber, (typed) => {
        expect(outcome(normalisePhone(typed))).toEqual(outcome(normalisePhone(`\u200B${typed}`)));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('a list cell of one item, not split', () => {
  const column = (key: string) => tabDef('partners').columns.find((c) => c.key === key)!;
  const cell = fc
    .array(fc.constantFrom('a@b.co', ' ', ';', ';ext=1', ',', '\u3001', '\n', '053 121 555', '\u200B', 'x'), {
      maxLength: 5,
    })
    .map((pieces) => pieces.join(''));

  it('gives the items splitting gives (a comma added at the end forces the split)', () => {
    fc.assert(
      fc.property(fc.constantFrom('email', 'phone', 'name'), cell, (key, text) => {
        expect(listCellItems(column(key), text)).toEqual(listCellItems(column(key), `${text},`));
      }),
      { numRuns: 2000 },
    );
  });

  it('normalises a partner list line exactly as before', () => {
    expect(normaliseCell(column('phone'), '053 121 555')).toEqual({ ok: true, value: '053-121-555' });
    expect(normaliseCell(column('email'), 'Office@MaeRam.ac.th')).toEqual({
      ok: true,
      value: 'office@maeram.ac.th',
    });
  });
});

describe('a name spelled for folding', () => {
  const name = fc
    .array(fc.constantFrom(...'กขำาํุ่', 'Ab', 'É', 'İ', 'Σ', ' ', '  ', '\t', '\u00A0', '\n', '\u200B', '๑'), {
      maxLength: 10,
    })
    .map((pieces) => pieces.join(''));

  it('is lower-cased and spaced exactly as lower-casing and collapsing every run would', () => {
    fc.assert(
      fc.property(name, (text) => {
        const everyStep = composeSaraAm(stripZeroWidth(text))
          .normalize('NFC')
          .toLowerCase()
          .replace(/\s+/g, ' ')
          .trim();
        expect(foldNameSpelling(text)).toBe(everyStep);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('an email or a web address already as stored, kept as it is', () => {
  const email = fc
    .tuple(
      fc.array(fc.constantFrom(...'abz09.-_+', 'A', '?', ':', 'mailto:'), { minLength: 1, maxLength: 8 }),
      fc.array(fc.constantFrom(...'abz09.-', 'B'), { minLength: 1, maxLength: 8 }),
      fc.constantFrom('.th', '.ac.th', '.com', '.c', '.'),
    )
    .map(([local, host, top]) => `${local.join('')}@${host.join('')}${top}`);

  it('reads an email as with a space in front (which takes every step)', () => {
    fc.assert(
      fc.property(email, (text) => {
        expect(outcome(normaliseEmail(text))).toEqual(outcome(normaliseEmail(` ${text}`)));
      }),
      { numRuns: 2000 },
    );
  });

  const url = fc
    .tuple(
      fc.constantFrom('http', 'https'),
      fc.array(fc.constantFrom(...'abz09.-', 'B', ':8080', ':443', '.'), { minLength: 1, maxLength: 8 }),
      fc.constantFrom('', '/', '/a/B', '/x?y=1', '#top', '/p?q#f', '.'),
    )
    .map(([scheme, host, rest]) => `${scheme}://${host.join('')}${rest}`);

  it('reads a web address as with its scheme in capitals (which rebuilds it)', () => {
    fc.assert(
      fc.property(url, (text) => {
        const shouted = text.replace(/^https?/, (scheme) => scheme.toUpperCase());
        expect(outcome(normaliseUrl(text))).toEqual(outcome(normaliseUrl(shouted)));
      }),
      { numRuns: 2000 },
    );
  });
});
