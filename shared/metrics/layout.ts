import type { Language } from '../i18n/language';
import { mapHeaders } from '../schema/columnLookup';
import { DATA_TABS, type DataTabKey, GENERATED_TABS, tabDef } from '../schema/tabs';
import { columnLetter } from '../table/columnLetter';
import { PARTNER_FORMULA_COLUMNS } from './partnerColumns';

/** The hidden sheet of (partner, activity) links the per-partner formulas read. */
export const LINKS_SHEET = { en: 'Links', th: 'ความเชื่อมโยง' } as const;

/**
 * Where everything a formula references sits: sheet names in the register's language, and
 * each column's 1-based number per tab (data and formula columns), found from the actual
 * header row because users reorder columns. Structurally a superset of the add-on's
 * `RegisterLayout`.
 */
export interface SheetLayout {
  language: Language;
  sheets: Record<DataTabKey, string>;
  columns: Record<DataTabKey, Record<string, number>>;
  settingsSheet: string;
  listsSheet: string;
  /** @default LINKS_SHEET[language] */
  linksSheet?: string;
  /**
   * The last row that row-by-row formulas (SUMPRODUCT over comparisons) read; whole columns when
   * absent, as in Sheets. The .xlsx export sets it: LibreOffice and Excel build an array of the
   * whole column (1,048,576 rows) for each comparison — seconds per formula in LibreOffice.
   */
  comparedRows?: number;
}

/** The sheet names a register uses in a language. */
export function sheetNames(language: Language): Record<DataTabKey, string> {
  return Object.fromEntries(DATA_TABS.map((tab) => [tab.key, tab.label[language]])) as Record<
    DataTabKey,
    string
  >;
}

/** Column keys of a tab in their default order: data columns, then formula columns (Partners). */
export function defaultColumnKeys(tab: DataTabKey): string[] {
  const keys = tabDef(tab).columns.map((column) => column.key);
  return tab === 'partners' ? [...keys, ...PARTNER_FORMULA_COLUMNS.map((column) => column.key)] : keys;
}

/** The layout setup creates: every column in schema order, formula columns after the data. */
export function defaultLayout(language: Language): SheetLayout {
  const columns = Object.fromEntries(
    DATA_TABS.map((tab) => [
      tab.key,
      Object.fromEntries(defaultColumnKeys(tab.key).map((key, index) => [key, index + 1])),
    ]),
  ) as Record<DataTabKey, Record<string, number>>;
  return {
    language,
    sheets: sheetNames(language),
    columns,
    settingsSheet: GENERATED_TABS.settings[language],
    listsSheet: GENERATED_TABS.lists[language],
    linksSheet: LINKS_SHEET[language],
  };
}

/**
 * The layout of a register whose header rows are given (tab → header texts, as read from row 1).
 * Headers are recognised by key, label or alias; formula columns by their key or labels. A tab
 * that is missing gets its default columns; a column that is missing is placed after the last one.
 */
export function layoutFromHeaders(
  language: Language,
  headers: Partial<Record<DataTabKey, readonly string[]>>,
  sheets: Partial<Record<DataTabKey, string>> = {},
): SheetLayout {
  const layout = defaultLayout(language);
  for (const tab of DATA_TABS) {
    const row = headers[tab.key];
    if (sheets[tab.key]) layout.sheets[tab.key] = sheets[tab.key] as string;
    if (!row) continue;
    const found: Record<string, number> = {};
    for (const [key, index] of Object.entries(mapHeaders(tab.key, row).indexOf)) found[key] = index + 1;
    if (tab.key === 'partners') {
      row.forEach((header, index) => {
        const key = partnerFormulaKeyOf(header);
        if (key && !(key in found)) found[key] = index + 1;
      });
    }
    let next = Math.max(row.length, ...Object.values(found)) + 1;
    for (const key of defaultColumnKeys(tab.key)) if (!(key in found)) found[key] = next++;
    layout.columns[tab.key] = found;
  }
  return layout;
}

function partnerFormulaKeyOf(header: string): string | undefined {
  const folded = header.trim().toLowerCase();
  return PARTNER_FORMULA_COLUMNS.find((column) =>
    [column.key, column.label.th, column.label.en].some((name) => name.toLowerCase() === folded),
  )?.key;
}

/** A sheet name as a formula references it: always quoted, quotes doubled. */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Whole column of a tab by key, e.g. `'Activities'!$B:$B`. */
export function columnRange(layout: SheetLayout, tab: DataTabKey, key: string): string {
  const letter = columnLetter(columnNumber(layout, tab, key));
  return `${quotedSheet(layout.sheets[tab])}!$${letter}:$${letter}`;
}

/**
 * The rows of a tab's column that a row-by-row formula compares: rows 2 to `comparedRows`
 * (e.g. `'Indicators'!$C$2:$C$5000`), or the whole column when the layout sets no limit.
 */
export function comparedRange(layout: SheetLayout, tab: DataTabKey, key: string): string {
  if (layout.comparedRows === undefined) return columnRange(layout, tab, key);
  const letter = columnLetter(columnNumber(layout, tab, key));
  return `${quotedSheet(layout.sheets[tab])}!$${letter}$2:$${letter}$${layout.comparedRows}`;
}

/** A same-sheet reference to a column's cell on a row, e.g. `$A7`. */
export function rowCell(layout: SheetLayout, tab: DataTabKey, key: string, row: number): string {
  return `$${columnLetter(columnNumber(layout, tab, key))}${row}`;
}

export function columnNumber(layout: SheetLayout, tab: DataTabKey, key: string): number {
  const column = layout.columns[tab]?.[key];
  if (!column) throw new Error(`layout has no column ${tab}.${key}`);
  return column;
}

export function linksSheetName(layout: SheetLayout): string {
  return layout.linksSheet ?? LINKS_SHEET[layout.language];
}
