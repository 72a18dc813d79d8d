import type { Bilingual, Language } from '../../shared/i18n/language';
import type { Register } from '../../shared/register/register';
import type { DataTabKey } from '../../shared/schema/tabs';
import type { Settings } from '../../shared/settings/settings';
import type { Grid } from './workbook';

/** A column the register computes with a live formula, placed after a tab's data columns. */
export interface FormulaColumnDef {
  key: string;
  label: Bilingual;
  note?: Bilingual;
  /** Sheets number format for the column, if any. */
  format?: string;
}

/** Where everything sits once repair has placed it: what formulas need to reference cells. */
export interface RegisterLayout {
  language: Language;
  /** Sheet name of each data tab. */
  sheets: Record<DataTabKey, string>;
  /** Column key → 1-based column number, per tab (data and formula columns). */
  columns: Record<DataTabKey, Record<string, number>>;
  settingsSheet: string;
  listsSheet: string;
}

/**
 * The seam between the add-on and the metrics: the only place the register's formulas come
 * from. Setup, repair, append and `onEdit` ask it for formula columns and cells; the Summary,
 * Settings and Lists sheets are its grids.
 */
export interface FormulaLayer {
  /** The formula columns of a tab (labels and notes), independent of where they end up. */
  formulaColumns(tab: DataTabKey): readonly FormulaColumnDef[];
  /** The formula of each formula column for one sheet row. */
  formulaCells(tab: DataTabKey, layout: RegisterLayout, row: number): Record<string, string>;
  /** The Settings sheet: labels, values and explanations formulas read. */
  settingsGrid(settings: Settings, language: Language): Grid;
  /** The hidden Lists sheet: every enum's key and labels. */
  listsGrid(language: Language): Grid;
  /** The Summary sheet as of a date. */
  summaryGrid(register: Register, layout: RegisterLayout, asOf: string): Grid;
}
