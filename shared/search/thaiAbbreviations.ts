/**
 * Thai organisation abbreviations and their full forms. Search folds every abbreviation to its
 * full form, in the text and in the query alike, so "อบต.ดอนแก้ว" finds องค์การบริหารส่วนตำบลดอนแก้ว
 * and the other way round. The dot may be left out where the letters cannot be part of an
 * ordinary word (อบต, อบจ, สพป, สพม, รพสต); รร., ทต., ทม. and ม. need theirs (กรรม, ทม is in words).
 */
const THAI_ABBREVIATIONS: readonly { short: string; full: string; dotOptional: boolean }[] = [
  { short: 'รพ.สต.', full: 'โรงพยาบาลส่งเสริมสุขภาพตำบล', dotOptional: true },
  { short: 'อบต.', full: 'องค์การบริหารส่วนตำบล', dotOptional: true },
  { short: 'อบจ.', full: 'องค์การบริหารส่วนจังหวัด', dotOptional: true },
  { short: 'สพป.', full: 'สำนักงานเขตพื้นที่การศึกษาประถมศึกษา', dotOptional: true },
  { short: 'สพม.', full: 'สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา', dotOptional: true },
  { short: 'ทต.', full: 'เทศบาลตำบล', dotOptional: false },
  { short: 'ทม.', full: 'เทศบาลเมือง', dotOptional: false },
  { short: 'รร.', full: 'โรงเรียน', dotOptional: false },
  { short: 'ม.', full: 'มหาวิทยาลัย', dotOptional: false },
];

const THAI_LETTER = '[\\u0E01-\\u0E4F]';

function pattern(short: string, dotOptional: boolean): RegExp {
  const letters = short.split('.').filter(Boolean);
  const dot = dotOptional ? '\\.?\\s*' : '\\.\\s*';
  const body = letters.map((part) => part).join(dotOptional ? '\\.?' : '\\.');
  // Starts a word (not inside one), and is followed by a Thai name; "ม.ค." (a month) is not "ม." + ค.
  const notMonth = short === 'ม.' ? `(?!${THAI_LETTER}{1,2}\\.)` : '';
  return new RegExp(`(^|[^\\u0E01-\\u0E4F])${body}${dot}${notMonth}(?=${THAI_LETTER}|$)`, 'g');
}

const RULES = THAI_ABBREVIATIONS.map(({ short, full, dotOptional }) => ({
  pattern: pattern(short, dotOptional),
  full,
}));

/** The text with every abbreviation written out in full. */
export function expandThaiAbbreviations(text: string): string {
  if (!/[\u0E00-\u0E7F]/.test(text)) return text;
  let expanded = text;
  for (const { pattern: rule, full } of RULES)
    expanded = expanded.replace(rule, (_, before: string) => `${before}${full}`);
  return expanded;
}
