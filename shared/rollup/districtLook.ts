import type { ColumnFormat } from './districtTable';

/** The number format (Sheets and Excel share the syntax) each District column shows; text columns have none. */
export const DISTRICT_NUMBER_FORMATS: Partial<Record<ColumnFormat, string>> = {
  count: '#,##0',
  share: '0%',
  index: '0.00',
  of_six: '0',
  rank: '0',
  score: '0',
  date: 'yyyy-mm-dd',
};

/** Colours (#rrggbb) of a weak figure and of a school that could not be read, the same on the Sheets tab and in the .xlsx. */
export const DISTRICT_HIGHLIGHT = {
  weakBackground: '#f4cccc',
  weakFont: '#990000',
  unreadableBackground: '#fce5cd',
} as const;
