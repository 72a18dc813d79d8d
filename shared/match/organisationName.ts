import { foldNameSpelling, isNameLetter, nameLetters } from './nameFolding';

// A company's legal form is not part of its name: บริษัท ล้านนาซอฟต์ จำกัด is ล้านนาซอฟต์.
const COMPANY_PREFIX = /^(?:บริษัท|บจก\.?|บมจ\.?|ห้างหุ้นส่วนจำกัด|ห้างหุ้นส่วนสามัญ|หจก\.?|หสม\.?|the\s)\s*/;
/** The characters COMPANY_PREFIX can start with: a name starting otherwise is not tried. */
const COMPANY_PREFIX_STARTS = 'บหt';
const THAI_COMPANY_SUFFIX = /[\s\p{P}]*(?:จำกัด[\s\p{P}]*มหาชน|มหาชน|จำกัด)[\s\p{P}]*$/u;
// English forms only as whole words: "Lanna Soft Co., Ltd." but not the "ltd" in "Coltd".
const ENGLISH_COMPANY_SUFFIX =
  /(?:^|[\s,]+)(?:public\s+company\s+limited|company\s+limited|co\s*\.?\s*,?\s*ltd\.?|ltd\.?|limited|inc\.?|incorporated|corp\.?|corporation|pcl\.?|plc\.?|co\.?)\s*$/;

/**
 * Kinds of public body keep a short marker, because the kind tells organisations apart
 * (อบต.แม่แรม and เทศบาลตำบลแม่แรม, or วัดแม่แรม and โรงเรียนแม่แรม, are different bodies);
 * the long and the abbreviated spelling of one kind fold alike. `starts` lists the characters
 * its spellings start with, so a name is tried only against the kinds it could be.
 */
const KIND_PREFIXES: readonly { marker: string; starts: string; pattern: RegExp }[] = [
  { marker: 'อบจ', starts: 'อ', pattern: /^(?:องค์การบริหารส่วนจังหวัด|อบจ\.?)\s*/ },
  { marker: 'อบต', starts: 'อ', pattern: /^(?:องค์การบริหารส่วนตำบล|อบต\.?)\s*/ },
  { marker: 'ทน', starts: 'เท', pattern: /^(?:เทศบาลนคร|ทน\.|ทน\s)\s*/ },
  { marker: 'ทม', starts: 'เท', pattern: /^(?:เทศบาลเมือง|ทม\.|ทม\s)\s*/ },
  { marker: 'ทต', starts: 'เท', pattern: /^(?:เทศบาลตำบล|ทต\.|ทต\s)\s*/ },
  { marker: 'รร', starts: 'โร', pattern: /^(?:โรงเรียน|ร\.\s*ร\.|รร\.|รร\s)\s*/ },
  { marker: 'ม', starts: 'ม', pattern: /^(?:มหาวิทยาลัย|ม\.)\s*/ },
  { marker: 'สพป', starts: 'ส', pattern: /^(?:สำนักงานเขตพื้นที่การศึกษาประถมศึกษา|สพป\.?)\s*/ },
  { marker: 'สพม', starts: 'ส', pattern: /^(?:สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา|สพม\.?)\s*/ },
  {
    marker: 'กศน',
    starts: 'ศก',
    pattern: /^(?:ศูนย์การศึกษานอกระบบและการศึกษาตามอัธยาศัย|ศูนย์ส่งเสริมการเรียนรู้|กศน\.?)\s*/,
  },
  { marker: 'สภ', starts: 'ส', pattern: /^(?:สถานีตำรวจภูธร|สภ\.)\s*/ },
  { marker: 'รพสต', starts: 'โร', pattern: /^(?:โรงพยาบาลส่งเสริมสุขภาพตำบล|รพ\.?\s*สต\.?)\s*/ },
  { marker: 'รพ', starts: 'โร', pattern: /^(?:โรงพยาบาล|รพ\.)\s*/ },
  { marker: 'วัด', starts: 'ว', pattern: /^วัด\s*/ },
  { marker: 'มูลนิธิ', starts: 'ม', pattern: /^มูลนิธิ\s*/ },
];

// Quotes, bullets and dashes before a name would hide its kind prefix.
const LEADING_MARKS = /^[\s\p{P}\p{S}]+/u;
// …and after it, the legal form it ends with (จำกัด., Co., Ltd.).
const TRAILING_MARKS = /[\s\p{P}\p{S}]+$/u;
// Whether the last character (one or two UTF-16 units) is such a mark.
const TRAILING_MARK = /[\s\p{P}\p{S}]$/u;

/** The kinds a name starting with this character could be (see KIND_PREFIXES' `starts`). */
const KINDS_BY_FIRST = new Map<string, (typeof KIND_PREFIXES)[number][]>();
for (const kind of KIND_PREFIXES) {
  for (const first of kind.starts) KINDS_BY_FIRST.set(first, [...(KINDS_BY_FIRST.get(first) ?? []), kind]);
}
const NO_KINDS: typeof KIND_PREFIXES = [];

/** Whether the character is one `\s` matches, tested by its code: a regular expression per name costs more. */
function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Whether the text could end in an English legal form: its last non-space character is a-z or `.`. */
function mayEndInEnglishForm(text: string): boolean {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  const last = text.charCodeAt(end - 1);
  return (last >= 0x61 && last <= 0x7a) || last === 0x2e;
}

/**
 * An organisation's name folded so that two spellings of one organisation fold equal: Unicode
 * NFC, case-folded, Thai digits as 0–9, no spaces or punctuation, company forms dropped
 * (บริษัท … จำกัด (มหาชน), บจก., บมจ., หจก., Co., Ltd.), and a public body's kind reduced
 * to one marker (องค์การบริหารส่วนตำบล ≡ อบต., เทศบาลตำบล ≡ ทต., มหาวิทยาลัย ≡ ม., …).
 */
export function foldOrganisationName(name: string): string {
  // Thai digits stay until the last step, which writes them as 0–9: no step before it reads a digit.
  let text = foldNameSpelling(String(name ?? ''));
  for (let previous = ''; previous !== text; ) {
    previous = text;
    // A name that starts with a letter or digit has no leading marks to remove.
    if (!isNameLetter(text.charCodeAt(0))) text = text.replace(LEADING_MARKS, '');
    // The patterns anchored at the end would be tried at every position of the name: they run
    // only when its last characters could start them (most names end in a plain letter or digit).
    if (!isNameLetter(text.charCodeAt(text.length - 1)) && TRAILING_MARK.test(text.slice(-2)))
      text = text.replace(TRAILING_MARKS, '');
    if (COMPANY_PREFIX_STARTS.includes(text.charAt(0))) text = text.replace(COMPANY_PREFIX, '');
    // No trailing marks are left here, so a Thai legal form can only be the very end.
    if (text.endsWith('จำกัด') || text.endsWith('มหาชน')) text = text.replace(THAI_COMPANY_SUFFIX, '');
    if (mayEndInEnglishForm(text)) text = text.replace(ENGLISH_COMPANY_SUFFIX, '');
    text = text.trim();
  }
  let marker = '';
  const first = text.charAt(0);
  for (const kind of KINDS_BY_FIRST.get(first) ?? NO_KINDS) {
    const found = kind.pattern.exec(text);
    if (found) {
      marker = kind.marker;
      text = text.slice(found[0].length);
      break;
    }
  }
  const rest = nameLetters(text, true);
  // A bare kind ("โรงเรียน") names no organisation.
  return rest === '' ? '' : marker + rest;
}
