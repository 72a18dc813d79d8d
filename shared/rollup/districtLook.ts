import type { Language } from '../i18n/language';
import { type FigureKind, type FormatEngine, figureNumberFormat } from '../metrics/figureFormats';
import type { ColumnFormat } from './districtTable';

/** What each District column's figures are, so they are formatted as the Summary formats them. */
const DISTRICT_KINDS: Record<ColumnFormat, FigureKind> = {
  count: 'count',
  share: 'share',
  index: 'ratio',
  of_kinds: 'count',
  rank: 'count',
  score: 'count',
  date: 'date',
  text: 'text',
};

/** The number format a District column shows in Sheets or an .xlsx; text columns have none. */
export function districtNumberFormat(
  format: ColumnFormat,
  engine: FormatEngine,
  language: Language,
): string | null {
  return figureNumberFormat(DISTRICT_KINDS[format], engine, language);
}

/** Colours (#rrggbb) of a weak figure and of a school that could not be read, the same on the Sheets tab and in the .xlsx. */
export const DISTRICT_HIGHLIGHT = {
  weakBackground: '#f4cccc',
  weakFont: '#990000',
  unreadableBackground: '#fce5cd',
} as const;
