import type { Language } from '../i18n/language';
import { reason } from '../i18n/reason';
import { normaliseCell } from '../normalise/cell';
import { emptyCounters, emptyTables, type Register, type Row } from '../register/register';
import { fail, ok, type Result } from '../result';
import { mapHeaders } from '../schema/columnLookup';
import type { ColumnDef } from '../schema/columns';
import { foldLabel } from '../schema/headerText';
import { tabDef } from '../schema/tabs';
import type { Settings } from '../settings/settings';
import { ROLLUP_MESSAGES } from './messages';
import { REQUIRED_COLUMNS, ROLLUP_COLUMNS, ROLLUP_TABS, type RollupTabKey, titlesToRead } from './schoolTabs';

/** A cell as a spreadsheet or file hands it over (dates already ISO text or serial days). */
export type RawCell = string | number | boolean | null | undefined;

/** A rectangular read of one sheet, header row first. */
export type RawGrid = readonly (readonly RawCell[])[];

/** What a reader got from one school's spreadsheet: the grids of the tabs it was asked for. */
export interface SchoolGrids {
  /** Sheet title → its grid. */
  tabs: Record<string, RawGrid>;
}

/** How a serial-day date-time is read: as a plain date column. */
const DAY_COLUMN: ColumnDef = {
  key: 'day',
  type: 'date',
  label: { th: 'วันที่', en: 'Date' },
  note: { th: '', en: '' },
};

/** More rows than a Google Sheet of a school's size can hold is not a register (10M cells / ~20 columns). */
export const MAX_ROWS_PER_TAB = 500_000;

// Sheets and Excel error values; a header holding one was broken by a deleted reference.
const ERROR_VALUE = /^#(REF!|N\/A|VALUE!|NAME\?|DIV\/0!|NUM!|NULL!|ERROR!)$/;

function headerOf(grid: RawGrid): string[] {
  return (grid[0] ?? []).map((cell) => (cell === null || cell === undefined ? '' : String(cell)));
}

/** Guesses the register's language from its partners header (Thai letters → Thai). */
function languageOf(headers: readonly string[]): Language {
  return headers.some((header) => /[\u0E00-\u0E7F]/.test(header)) ? 'th' : 'en';
}

function tabLabel(tab: RollupTabKey) {
  return tabDef(tab).label;
}

function broken(tab: RollupTabKey, detail: { th: string; en: string }): Result<never> {
  const label = tabLabel(tab);
  return fail({
    code: 'school.broken_tab',
    message: {
      th: ROLLUP_MESSAGES['school.broken_tab'].th.replace('{tab}', label.th).replace('{detail}', detail.th),
      en: ROLLUP_MESSAGES['school.broken_tab'].en.replace('{tab}', label.en).replace('{detail}', detail.en),
    },
  });
}

function oldSchema(tab: RollupTabKey, missing: readonly string[]): Result<never> {
  const def = tabDef(tab);
  const names = (language: Language) =>
    missing.map((key) => def.columns.find((column) => column.key === key)?.label[language] ?? key).join(', ');
  return fail({
    code: 'school.old_schema',
    message: {
      th: ROLLUP_MESSAGES['school.old_schema'].th
        .replace('{tab}', def.label.th)
        .replace('{columns}', names('th')),
      en: ROLLUP_MESSAGES['school.old_schema'].en
        .replace('{tab}', def.label.en)
        .replace('{columns}', names('en')),
    },
  });
}

/** The rows of one tab, keeping only the roll-up's columns, each normalised by its type. */
function readRows(tab: RollupTabKey, grid: RawGrid): Result<Row[]> {
  const headers = headerOf(grid);
  if (headers.every((header) => foldLabel(header) === '')) {
    return broken(tab, ROLLUP_MESSAGES['detail.no_header']);
  }
  const error = headers.find((header) => ERROR_VALUE.test(header.trim()));
  if (error) {
    const detail = ROLLUP_MESSAGES['detail.error_cells'];
    return broken(tab, { th: detail.th.replace('{value}', error), en: detail.en.replace('{value}', error) });
  }
  if (grid.length - 1 > MAX_ROWS_PER_TAB) {
    const detail = ROLLUP_MESSAGES['detail.too_large'];
    const limit = String(MAX_ROWS_PER_TAB);
    return broken(tab, { th: detail.th.replace('{limit}', limit), en: detail.en.replace('{limit}', limit) });
  }
  const mapping = mapHeaders(tab, headers);
  const missing = REQUIRED_COLUMNS[tab].filter((key) => !(key in mapping.indexOf));
  if (missing.length > 0) return oldSchema(tab, missing);
  const columns = ROLLUP_COLUMNS[tab]
    .filter((key) => key in mapping.indexOf)
    .map((key) => ({
      key,
      index: mapping.indexOf[key],
      def: tabDef(tab).columns.find((c) => c.key === key)!,
    }));
  const rows: Row[] = [];
  for (let r = 1; r < grid.length; r++) {
    const cells = grid[r];
    const row: Row = {};
    let filled = false;
    for (const column of columns) {
      const cell = cells[column.index];
      // The Sheets API gives date-times as serial days; the day is what the figures use.
      const raw = column.def.type === 'datetime' && typeof cell === 'number' ? Math.floor(cell) : cell;
      // A cell the normaliser refuses (a typo, an #N/A result) counts as empty, as a formula would.
      const def = column.def.type === 'datetime' && typeof raw === 'number' ? DAY_COLUMN : column.def;
      const value = normaliseCell(def, typeof raw === 'boolean' ? String(raw) : raw);
      row[column.key] = value.ok ? value.value : null;
      if (row[column.key] !== null) filled = true;
    }
    if (filled) rows.push(row);
  }
  return ok(rows);
}

/** A school's register as the roll-up reads it, and the tabs it lacks (read as empty). */
export interface SchoolRegister {
  register: Register;
  missingTabs: RollupTabKey[];
}

/**
 * A school's register rebuilt from its grids, in canonical form (enum keys, ISO dates), with
 * only the columns the district figures need. Refuses, with a reason a person can read, a
 * spreadsheet without a Partners tab, a tab missing a column the figures need (an older register),
 * or a broken tab.
 * The district's own settings are used, so every school is measured on the same day and scale.
 */
export function schoolRegister(grids: SchoolGrids, settings: Settings): Result<SchoolRegister> {
  const chosen = titlesToRead(Object.keys(grids.tabs));
  if (!chosen.partners) return fail(reason('school.not_register', ROLLUP_MESSAGES['school.not_register']));
  const tables = emptyTables();
  const missingTabs: RollupTabKey[] = [];
  for (const tab of ROLLUP_TABS) {
    const title = chosen[tab];
    // A tab the school never made (a register kept partly by hand) counts as empty.
    if (title === undefined) {
      missingTabs.push(tab);
      continue;
    }
    const rows = readRows(tab, grids.tabs[title]);
    if (!rows.ok) return rows;
    tables[tab] = rows.value;
  }
  const language = languageOf(headerOf(grids.tabs[chosen.partners]));
  return ok({ register: { language, tables, counters: emptyCounters(), settings }, missingTabs });
}
