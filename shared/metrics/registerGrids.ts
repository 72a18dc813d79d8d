import type { Language } from '../i18n/language';
import { cellText, type Register } from '../register/register';
import { enumLabel } from '../schema/enumLookup';
import { DATA_TABS, type DataTabKey, GENERATED_TABS } from '../schema/tabs';
import { type SummarySheet, summarySheet } from '../summary/summaryGrid';
import { sheetText } from '../table/sheetText';
import { computeMetrics, type MetricsResult } from './compute';
import { defaultLayout, linksSheetName, type SheetLayout } from './layout';
import { listsGrid } from './listsArea';
import { PARTNER_FORMULA_COLUMNS } from './partnerColumns';
import { LINK_DATE_COLUMNS, linksGrid, partnerFormulaCells } from './partnerFormulas';
import { type Grid, type GridCell, settingsGrid } from './settingsArea';

/** One sheet of a register written out: its cells, which columns hold dates, and its role. */
export interface SheetGrid {
  name: string;
  role: DataTabKey | 'settings' | 'lists' | 'links' | 'summary';
  rows: Grid;
  /** 1-based columns whose ISO strings are dates. */
  dateColumns: number[];
  hidden?: boolean;
}

/** Everything a register becomes as a workbook, with the figures computed for cached results. */
export interface RegisterWorkbook {
  layout: SheetLayout;
  sheets: SheetGrid[];
  metrics: MetricsResult;
  summary: SummarySheet;
}

/**
 * A canonical cell as a sheet is given it: enum keys become labels, text is made formula-safe
 * with a leading apostrophe (also doubled before text that starts with one), which Sheets and
 * HyperFormula read as "this is text" and drop; the .xlsx writer drops it too.
 */
function sheetCell(tab: DataTabKey, key: string, cell: GridCell | undefined, language: Language): GridCell {
  if (cell === null || cell === undefined) return null;
  const column = DATA_TABS.find((t) => t.key === tab)?.columns.find((c) => c.key === key);
  if (column?.enum && typeof cell === 'string') return enumLabel(column.enum, cellText(cell), language);
  return typeof cell === 'string' ? sheetText(cell) : cell;
}

/**
 * The whole register as sheets in its language, laid out as setup lays it out: data tabs with
 * header labels and formula columns, Settings, Lists, Links and the Summary. Used by the .xlsx
 * export and by the tests that evaluate the formulas in a formula engine.
 */
export function registerWorkbook(
  register: Register,
  asOf: string,
  layout = defaultLayout(register.language),
): RegisterWorkbook {
  const language = register.language;
  const metrics = computeMetrics(register, { ...register.settings, as_of: asOf });
  const sheets: SheetGrid[] = [];
  for (const tab of DATA_TABS) {
    const columns = layout.columns[tab.key];
    const width = Math.max(...Object.values(columns));
    const header: GridCell[] = new Array(width).fill(null);
    for (const column of tab.columns) header[columns[column.key] - 1] = column.label[language];
    if (tab.key === 'partners') {
      for (const column of PARTNER_FORMULA_COLUMNS) header[columns[column.key] - 1] = column.label[language];
    }
    const rows: Grid = [header];
    register.tables[tab.key].forEach((record, index) => {
      const row: GridCell[] = new Array(width).fill(null);
      for (const column of tab.columns)
        row[columns[column.key] - 1] = sheetCell(tab.key, column.key, record[column.key], language);
      if (tab.key === 'partners') {
        const formulas = partnerFormulaCells(layout, index + 2);
        for (const column of PARTNER_FORMULA_COLUMNS) row[columns[column.key] - 1] = formulas[column.key];
      }
      rows.push(row);
    });
    const dateColumns = tab.columns.filter((c) => c.type === 'date').map((c) => columns[c.key]);
    if (tab.key === 'partners') dateColumns.push(columns.last_contact);
    sheets.push({ name: layout.sheets[tab.key], role: tab.key, rows, dateColumns });
  }
  const summary = summarySheet(register, layout, asOf, metrics);
  sheets.push({
    name: layout.settingsSheet,
    role: 'settings',
    rows: settingsGrid({ ...register.settings, as_of: asOf }, language),
    dateColumns: [2],
  });
  sheets.push({
    name: layout.listsSheet,
    role: 'lists',
    rows: listsGrid(language),
    dateColumns: [],
    hidden: true,
  });
  sheets.push({
    name: linksSheetName(layout),
    role: 'links',
    rows: linksGrid(register, layout),
    dateColumns: LINK_DATE_COLUMNS,
    hidden: true,
  });
  sheets.unshift({ name: summaryName(language), role: 'summary', rows: summary.grid, dateColumns: [] });
  return { layout, sheets, metrics, summary };
}

function summaryName(language: Language): string {
  return GENERATED_TABS.summary[language];
}
