import type { Language } from '../i18n/language';
import type { DataTabKey } from '../schema/tabs';
import type { Settings } from '../settings/settings';

/**
 * A cell of the canonical register: enum cells hold keys, dates ISO `YYYY-MM-DD`,
 * numbers are numbers, phones E.164, list cells comma-separated (`P-0001,P-0004`);
 * an empty cell is `null` (or absent).
 */
export type Cell = string | number | null;

/** One row of a tab, keyed by column key. */
export type Row = Record<string, Cell>;

export type Tables = Record<DataTabKey, Row[]>;

/** The whole register as plain, JSON-safe data: what every part of the product reads. */
export interface Register {
  language: Language;
  tables: Tables;
  /** The last id number issued per tab; ids are never reused even after deletion. */
  counters: Record<DataTabKey, number>;
  settings: Settings;
}

export function emptyTables(): Tables {
  return {
    partners: [],
    contacts: [],
    activities: [],
    agreements: [],
    resources: [],
    indicators: [],
    reflections: [],
  };
}

export function emptyCounters(): Record<DataTabKey, number> {
  return {
    partners: 0,
    contacts: 0,
    activities: 0,
    agreements: 0,
    resources: 0,
    indicators: 0,
    reflections: 0,
  };
}

/** A cell as trimmed text; `''` for empty. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'number' ? String(cell) : cell.trim();
}

/** The items of a comma-separated list cell (partner ids, emails, phones). */
export function listItems(cell: Cell | undefined): string[] {
  const text = cellText(cell);
  // Most cells hold one item or none: then there is nothing to split, map and filter.
  if (!text.includes(',')) return text === '' ? [] : [text];
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
