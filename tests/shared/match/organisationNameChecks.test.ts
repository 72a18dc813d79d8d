import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldNameSpelling, nameLetters } from '../../../shared/match/nameFolding';
import { foldOrganisationName } from '../../../shared/match/organisationName';
import { toArabicDigits } from '../../../shared/normalise/digits';

const KINDS = [
  { marker: 'อบจ', pattern: /^(?:องค์การบริหารส่วนจังหวัด|อบจ\.?)\s*/ },
  { marker: 'อบต', pattern: /^(?:องค์การบริหารส่วนตำบล|อบต\.?)\s*/ },
  { marker: 'รร', pattern: /^(?:โรงเรียน|ร\.\s*ร\.|รร\.|รร\s)\s*/ },
  { marker: 'วัด', pattern: /^วัด\s*/ },
  { marker: 'มูลนิธิ', pattern: /^มูลนิธิ\s*/ },
];

/**
 * foldOrganisationName as it was before its end-anchored patterns were guarded: every pattern
 * tried on every pass (for the kinds of body this test's names use).
 */
function everyPattern(name: string): string {
  let text = foldNameSpelling(toArabicDigits(name));
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text
      .replace(/^[\s\p{P}\p{S}]+/u, '')
      .replace(/[\s\p{P}\p{S}]+$/u, '')
      .replace(/^(?:บริษัท|บจก\.?|บมจ\.?|ห้างหุ้นส่วนจำกัด|ห้างหุ้นส่วนสามัญ|หจก\.?|หสม\.?|the\s)\s*/, '')
      .replace(/[\s\p{P}]*(?:จำกัด[\s\p{P}]*มหาชน|มหาชน|จำกัด)[\s\p{P}]*$/u, '')
      .replace(
        /(?:^|[\s,]+)(?:public\s+company\s+limited|company\s+limited|co\s*\.?\s*,?\s*ltd\.?|ltd\.?|limited|inc\.?|incorporated|corp\.?|corporation|pcl\.?|plc\.?|co\.?)\s*$/,
        '',
      )
      .trim();
  }
  let marker = '';
  for (const kind of KINDS) {
    if (kind.pattern.test(text)) {
      marker = kind.marker;
      text = text.replace(kind.pattern, '');
      break;
    }
  }
  const rest = nameLetters(text);
  return rest === '' ? '' : marker + rest;
}

// Names built from legal forms, kinds of body, marks and spaces in any order, so the legal form
// ends up first, last, twice, or behind punctuation and symbols (astral ones included).
const name = fc
  .array(
    fc.constantFrom(
      'บริษัท',
      'จำกัด',
      'มหาชน',
      '(มหาชน)',
      'หจก.',
      'the ',
      ' Co., Ltd.',
      ' co',
      ' LTD',
      ' inc.',
      ' Corporation',
      'Limited',
      'โรงเรียน',
      'อบต.',
      'วัด',
      'มูลนิธิ',
      'แม่แรม',
      'lanna',
      'ล้านนาซอฟต์',
      '๑๒',
      ' ',
      '  ',
      '\u00A0',
      '.',
      ',',
      '-',
      '"',
      '+',
      '😀',
      '\u{10100}',
      '\u200B',
      '\u0E4D\u0E32',
    ),
    { maxLength: 8 },
  )
  .map((pieces) => pieces.join(''));

describe('folding an organisation name, its legal forms looked for only where they can be', () => {
  it('gives what trying every pattern on every pass gives', () => {
    fc.assert(
      fc.property(name, (text) => {
        expect(foldOrganisationName(text)).toBe(everyPattern(text));
      }),
      { numRuns: 5000 },
    );
  });
});
