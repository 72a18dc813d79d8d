import { dateText } from '../i18n/dateText';
import type { Bilingual, Language } from '../i18n/language';
import { isoOfSerial } from './dates';

/** What a figure is, which decides how every writer shows it (Sheets, .xlsx, local view, CLI). */
export type FigureKind = 'count' | 'share' | 'ratio' | 'score' | 'money' | 'date' | 'text' | 'flag';

/** Where a number format is written: Google Sheets' patterns or the .xlsx (Excel, LibreOffice) codes. */
export type FormatEngine = 'sheets' | 'xlsx';

type PerLanguage = string | Bilingual;

interface FigureFormat {
  /** Number format per engine; null when the cell shows its value as it is (text, TRUE/FALSE). */
  sheets: PerLanguage | null;
  xlsx: PerLanguage | null;
  /** The same figure as text, for the local view and the CLI. */
  display(value: number, language: Language): string;
}

const LOCALE: Record<Language, string> = { th: 'th-TH', en: 'en-GB' };
const grouped = (language: Language, fraction: number) =>
  new Intl.NumberFormat(LOCALE[language], {
    minimumFractionDigits: fraction,
    maximumFractionDigits: fraction,
  });

/**
 * Dates: day, month, year. Excel and LibreOffice show the Buddhist Era through calendar code
 * 07 in a `[$-…]` prefix (LibreOffice 7.4 renders `[$-107041E]d mmm yyyy` as `15 มิ.ย. 2568`),
 * but calendar 07 always uses Thai month names, so an English register keeps the Gregorian
 * year there. Google Sheets' patterns have no calendar code: its dates stay CE
 * (https://developers.google.com/sheets/api/guides/formats#date_and_time_format_patterns).
 * The local view and the CLI write the same `d mmm yyyy` text with `dateText`.
 *
 * One format definition per kind of figure; metric definitions name their kind beside them.
 */
export const FIGURE_FORMATS: Record<FigureKind, FigureFormat> = {
  count: {
    sheets: '#,##0',
    xlsx: '#,##0',
    display: (value, language) => grouped(language, 0).format(value),
  },
  share: {
    sheets: '0%',
    xlsx: '0%',
    display: (value, language) => `${grouped(language, 0).format(value * 100)}%`,
  },
  ratio: {
    sheets: '0.00',
    xlsx: '0.00',
    display: (value, language) => grouped(language, 2).format(value),
  },
  score: {
    sheets: '0.0',
    xlsx: '0.0',
    display: (value, language) => grouped(language, 1).format(value),
  },
  money: {
    sheets: { th: '#,##0" บาท"', en: '"฿"#,##0' },
    xlsx: { th: '#,##0" บาท"', en: '"฿"#,##0' },
    display: (value, language) =>
      language === 'th'
        ? `${grouped(language, 0).format(value)} บาท`
        : `฿${grouped(language, 0).format(value)}`,
  },
  date: {
    sheets: 'd mmm yyyy',
    xlsx: { th: '[$-107041E]d mmm yyyy', en: 'd mmm yyyy' },
    display: (serial, language) => dateText(isoOfSerial(serial), language),
  },
  text: { sheets: null, xlsx: null, display: (value) => String(value) },
  flag: { sheets: null, xlsx: null, display: (value) => String(value) },
};

const YES_NO: Record<Language, [string, string]> = { th: ['ใช่', 'ไม่ใช่'], en: ['yes', 'no'] };

/** The number format a writer puts on a figure's cell, or null for none. */
export function figureNumberFormat(
  kind: FigureKind,
  engine: FormatEngine,
  language: Language,
): string | null {
  const format = FIGURE_FORMATS[kind][engine];
  if (format === null) return null;
  return typeof format === 'string' ? format : format[language];
}

/**
 * A figure as text, as its cell shows it: numbers rounded and grouped, shares in percent, money
 * in baht, dates (spreadsheet serials or ISO strings) day month year — Buddhist Era in Thai.
 * Blanks, text and errors are shown as they are.
 */
export function displayFigure(value: unknown, kind: FigureKind, language: Language): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'boolean') {
    const [yes, no] = YES_NO[language];
    return value ? yes : no;
  }
  if (kind === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value))
    return dateText(value, language);
  if (typeof value !== 'number' || !Number.isFinite(value)) return String(value);
  return FIGURE_FORMATS[kind].display(value, language);
}
