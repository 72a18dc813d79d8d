import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isNameLetter, nameLetters } from '../../../shared/match/nameFolding';
import { foldOrganisationName } from '../../../shared/match/organisationName';
import { toArabicDigits } from '../../../shared/normalise/digits';
import { stripZeroWidth } from '../../../shared/normalise/invisible';
import { composeSaraAm } from '../../../shared/normalise/thaiVowels';

/** nameLetters as it was before the scan: every character class by the regular expression, then NFC. */
const lettersByPattern = (text: string) => text.replace(/[\s\p{P}\p{S}]/gu, '').normalize('NFC');

/** The patterns every pass of the fold removed, in order, before any was skipped. */
const PASS_PATTERNS = [
  /^[\s\p{P}\p{S}]+/u,
  /[\s\p{P}\p{S}]+$/u,
  /^(?:บริษัท|บจก\.?|บมจ\.?|ห้างหุ้นส่วนจำกัด|ห้างหุ้นส่วนสามัญ|หจก\.?|หสม\.?|the\s)\s*/,
  /[\s\p{P}]*(?:จำกัด[\s\p{P}]*มหาชน|มหาชน|จำกัด)[\s\p{P}]*$/u,
  /(?:^|[\s,]+)(?:public\s+company\s+limited|company\s+limited|co\s*\.?\s*,?\s*ltd\.?|ltd\.?|limited|inc\.?|incorporated|corp\.?|corporation|pcl\.?|plc\.?|co\.?)\s*$/,
];

/** foldOrganisationName as it was before its steps were skipped by first and last characters. */
function foldByEveryStep(name: string): string {
  let text = composeSaraAm(stripZeroWidth(toArabicDigits(name)))
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = PASS_PATTERNS.reduce((rest, pattern) => rest.replace(pattern, ''), text).trim();
  }
  const kind = EVERY_KIND.find(({ pattern }) => pattern.test(text));
  const rest = lettersByPattern(kind ? text.replace(kind.pattern, '') : text);
  return rest === '' ? '' : (kind?.marker ?? '') + rest;
}

const EVERY_KIND = [
  { marker: 'อบจ', pattern: /^(?:องค์การบริหารส่วนจังหวัด|อบจ\.?)\s*/ },
  { marker: 'อบต', pattern: /^(?:องค์การบริหารส่วนตำบล|อบต\.?)\s*/ },
  { marker: 'ทน', pattern: /^(?:เทศบาลนคร|ทน\.|ทน\s)\s*/ },
  { marker: 'ทม', pattern: /^(?:เทศบาลเมือง|ทม\.|ทม\s)\s*/ },
  { marker: 'ทต', pattern: /^(?:เทศบาลตำบล|ทต\.|ทต\s)\s*/ },
  { marker: 'รร', pattern: /^(?:โรงเรียน|ร\.\s*ร\.|รร\.|รร\s)\s*/ },
  { marker: 'ม', pattern: /^(?:มหาวิทยาลัย|ม\.)\s*/ },
  { marker: 'สพป', pattern: /^(?:สำนักงานเขตพื้นที่การศึกษาประถมศึกษา|สพป\.?)\s*/ },
  { marker: 'สพม', pattern: /^(?:สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา|สพม\.?)\s*/ },
  { marker: 'กศน', pattern: /^(?:ศูนย์การศึกษานอกระบบและการศึกษาตามอัธยาศัย|ศูนย์ส่งเสริมการเรียนรู้|กศน\.?)\s*/ },
  { marker: 'สภ', pattern: /^(?:สถานีตำรวจภูธร|สภ\.)\s*/ },
  { marker: 'รพสต', pattern: /^(?:โรงพยาบาลส่งเสริมสุขภาพตำบล|รพ\.?\s*สต\.?)\s*/ },
  { marker: 'รพ', pattern: /^(?:โรงพยาบาล|รพ\.)\s*/ },
  { marker: 'วัด', pattern: /^วัด\s*/ },
  { marker: 'มูลนิธิ', pattern: /^มูลนิธิ\s*/ },
];

// Every spelling of every kind of body and legal form, beside Thai marks in either order,
// Thai punctuation and symbols, ASCII punctuation, odd spaces and capitals.
const piece = fc.constantFrom(
  'องค์การบริหารส่วนจังหวัด',
  'อบจ.',
  'องค์การบริหารส่วนตำบล',
  'อบต',
  'เทศบาลนคร',
  'ทน.',
  'ทน ',
  'เทศบาลเมือง',
  'ทม.',
  'เทศบาลตำบล',
  'ทต ',
  'โรงเรียน',
  'ร. ร.',
  'รร.',
  'รร ',
  'มหาวิทยาลัย',
  'ม.',
  'สำนักงานเขตพื้นที่การศึกษาประถมศึกษา',
  'สพป',
  'สพม.',
  'ศูนย์ส่งเสริมการเรียนรู้',
  'กศน.',
  'สถานีตำรวจภูธร',
  'สภ.',
  'โรงพยาบาลส่งเสริมสุขภาพตำบล',
  'รพ. สต.',
  'รพ.',
  'วัด',
  'มูลนิธิ',
  'บริษัท ',
  'บจก.',
  'ห้างหุ้นส่วนสามัญ',
  'The ',
  ' จำกัด',
  ' (มหาชน)',
  ' Co., Ltd.',
  'แม่แรม',
  'ริมใต้ ',
  'Lanna',
  '๕๐๐๑',
  '12',
  'กุ่',
  'กุ่',
  'ุ',
  '่',
  'ฯ',
  '฿',
  '๏',
  '๚',
  'ๆ',
  ' ',
  '  ',
  '\t',
  '.',
  '-',
  '"',
  '_',
  '~',
  '\u200B',
  '\u0E4D\u0E32',
  'é',
  '😀',
);
const name = fc.array(piece, { maxLength: 7 }).map((pieces) => pieces.join(''));

describe('names folded by scans and first-character checks', () => {
  it('keeps a character as a name letter exactly when the pattern keeps it', () => {
    const codes = [...Array(0x80).keys(), ...Array.from({ length: 0x80 }, (_, i) => 0x0e00 + i)];
    for (const code of codes) {
      if (isNameLetter(code))
        expect(/[\s\p{P}\p{S}]/u.test(String.fromCharCode(code)), code.toString(16)).toBe(false);
      else if (code >= 0x20 && code <= 0x7e)
        expect(/[\s\p{P}\p{S}]/u.test(String.fromCharCode(code)), code.toString(16)).toBe(true);
    }
  });

  it("gives a name's letters as the pattern and NFC give them", () => {
    fc.assert(
      fc.property(name, (text) => {
        expect(nameLetters(text)).toBe(lettersByPattern(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('folds every kind of body and legal form as taking every step does', () => {
    fc.assert(
      fc.property(name, (text) => {
        expect(foldOrganisationName(text)).toBe(foldByEveryStep(text));
      }),
      { numRuns: 10000 },
    );
  });
});
