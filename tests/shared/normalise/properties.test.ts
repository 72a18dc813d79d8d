import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  normaliseCell,
  normaliseDate,
  normaliseEmail,
  normaliseEnum,
  normaliseLineId,
  normaliseNumber,
  normalisePhone,
  normaliseText,
  normaliseUrl,
} from '../../../shared/normalise';
import type { Result } from '../../../shared/result';
import { ENUMS, type EnumName } from '../../../shared/schema/enums';
import { DATA_TABS } from '../../../shared/schema/tabs';

// Text that looks like what people paste: Thai, Latin, digits of both kinds, separators, invisible characters.
const pasted = fc
  .array(
    fc.oneof(
      fc.constantFrom(...'กขคงจฉชซญดตถทนบปผพฟมยรลวศสหอฮะาำิีึืุูเแโใไ่้๊๋็์๐๑๒๓๔๕๖๗๘๙'),
      fc.constantFrom(...'abcxyzABCXYZ0123456789'),
      fc.constantFrom(' ', '  ', '\t', '\n', '\r\n', '\u200B', '\uFEFF', '\u00A0', '\u0301'),
      fc.constantFrom(
        '.',
        ',',
        ';',
        ':',
        '-',
        '/',
        '@',
        '+',
        '#',
        '(',
        ')',
        '?',
        '=',
        '฿',
        '%',
        '"',
        "'",
        '_',
        '~',
      ),
      fc.constantFrom(
        'ต่อ',
        'ext.',
        'x',
        'mailto:',
        'https://',
        'www.',
        '.ac.th',
        '.go.th',
        'พ.ศ.',
        'ม.ค.',
        'มกราคม',
        'LINE:',
        'บาท',
        'คน',
      ),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  pasted,
);

const thaiPhone = fc
  .tuple(
    fc.constantFrom('02', '053', '081', '089', '+66 53', '+66 2', '08'),
    fc.stringMatching(/^[0-9]{7}$/),
    fc.constantFrom('', ' ต่อ 12', ' ext. 7', ' x101', ' #3'),
    fc.constantFrom('', '-', ' '),
  )
  .map(([prefix, rest, ext, sep]) => `${prefix}${sep}${rest.slice(0, 3)}${sep}${rest.slice(3)}${ext}`);

const writtenDate = fc
  .tuple(
    fc.integer({ min: 1900, max: 2100 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 31 }),
    fc.boolean(),
  )
  .chain(([year, month, day, be]) =>
    fc.constantFrom(
      `${day}/${month}/${be ? year + 543 : year}`,
      `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      `${day} ${['มกราคม', 'ก.พ.', 'มี.ค.', 'เมษายน', 'พ.ค.', 'มิ.ย.', 'กรกฎาคม', 'ส.ค.', 'ก.ย.', 'ตุลาคม', 'พ.ย.', 'ธ.ค.'][month - 1]} ${be ? `พ.ศ. ${year + 543}` : year}`,
    ),
  );

const email = fc.emailAddress().map((address) => `  ${address.toUpperCase()} `);
const url = fc.webUrl({ withQueryParameters: true, withFragments: true });

function expectIdempotent<T>(normalise: (raw: string) => Result<T>, raw: string): void {
  const first = normalise(raw);
  if (!first.ok) {
    expect(first.reason.code).toMatch(/^[a-z_]+\.[a-z_]+$/);
    expect(first.reason.message.th).not.toBe('');
    expect(first.reason.message.en).not.toBe('');
    return;
  }
  const second = normalise(String(first.value));
  expect(second).toEqual(first);
}

const normalisers: [string, (raw: string) => Result<unknown>, fc.Arbitrary<string>][] = [
  ['normaliseEmail', normaliseEmail, fc.oneof(anyText, email)],
  ['normalisePhone', normalisePhone, fc.oneof(anyText, thaiPhone)],
  ['normaliseUrl', normaliseUrl, fc.oneof(anyText, url)],
  ['normaliseLineId', normaliseLineId, anyText],
  ['normaliseDate', normaliseDate, fc.oneof(anyText, writtenDate)],
  [
    'normaliseNumber',
    (raw) => normaliseNumber(raw),
    fc.oneof(anyText, fc.double({ noNaN: true }).map(String)),
  ],
  ['normaliseText', (raw) => normaliseText(raw), anyText],
  ['normaliseText (multi-line)', (raw) => normaliseText(raw, undefined, { multiline: true }), anyText],
];

describe('every normaliser', () => {
  for (const [name, normalise, inputs] of normalisers) {
    it(`${name} never throws and gives back its own output unchanged`, () => {
      fc.assert(
        fc.property(inputs, (raw) => expectIdempotent(normalise, raw)),
        { numRuns: 400 },
      );
    });
  }

  it('normaliseEnum gives back its own output unchanged for every enum', () => {
    const names = Object.keys(ENUMS) as EnumName[];
    const labels = names.flatMap((name) => ENUMS[name].flatMap((value) => [value.key, value.th, value.en]));
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.oneof(anyText, fc.constantFrom(...labels)), (name, raw) =>
        expectIdempotent((text) => normaliseEnum(name, text), raw),
      ),
      { numRuns: 400 },
    );
  });

  it('normaliseCell never throws on any column and is idempotent on what it stores', () => {
    const columns = DATA_TABS.flatMap((tab) => tab.columns);
    const raw = fc.oneof(
      anyText,
      thaiPhone,
      writtenDate,
      email,
      url,
      fc.integer(),
      fc.double(),
      fc.constant(null),
    );
    fc.assert(
      fc.property(fc.constantFrom(...columns), raw, (column, value) => {
        const first = normaliseCell(column, value);
        if (!first.ok) return;
        expect(normaliseCell(column, first.value)).toEqual(first);
      }),
      { numRuns: 1000 },
    );
  });
});
