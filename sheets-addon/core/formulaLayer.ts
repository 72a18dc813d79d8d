import type { Bilingual, Language } from '../../shared/i18n/language';
import type { FigureKind } from '../../shared/metrics/figureFormats';
import type { Register } from '../../shared/register/register';
import type { DataTabKey } from '../../shared/schema/tabs';
import type { Settings } from '../../shared/settings/settings';
import type { Grid, SheetCell } from './workbook';

/** A column the register computes with a live formula, placed after a tab's data columns. */
export interface FormulaColumnDef {
  key: string;
  label: Bilingual;
  note?: Bilingual;
  /** What the column's figures are; their Sheets number format comes from `FIGURE_FORMATS`. */
  kind?: FigureKind;
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

/** The Summary's content, and where its tables landed (for charts). */
export interface SummaryContent {
  grid: Grid;
  /** Each figure's cell and what it is, for its number format. */
  kinds?: readonly { row: number; column: number; kind: FigureKind }[];
  tables: Record<string, { row: number; rows: number; columns: number }>;
}

/** A hidden sheet the formulas read, rebuilt by the writer from the register (e.g. Links). */
export interface HelperSheet {
  name: Bilingual;
  grid: Grid;
}

/**
 * The seam between the add-on and the metrics: the only place the register's formulas come
 * from. Setup, repair, append and `onEdit` ask it for formula columns and cells; the Summary,
 * Settings, Lists and helper sheets are its grids.
 */
export interface FormulaLayer {
  /** The formula columns of a tab (labels and notes), independent of where they end up. */
  formulaColumns(tab: DataTabKey): readonly FormulaColumnDef[];
  /** The formula of each formula column for one sheet row. */
  formulaCells(tab: DataTabKey, layout: RegisterLayout, row: number): Record<string, string>;
  /** Rows setup offers in an empty tab (column key → cell; ids left to the writer), from `firstRow`. */
  starterRows(
    tab: DataTabKey,
    layout: RegisterLayout,
    language: Language,
    firstRow: number,
  ): Record<string, SheetCell>[];
  /** The Settings sheet: labels, values and explanations formulas read. */
  settingsGrid(settings: Settings, language: Language): Grid;
  /** The hidden Lists sheet: every enum's key and labels. */
  listsGrid(language: Language): Grid;
  /** The Summary sheet as of a date. */
  summary(register: Register, layout: RegisterLayout, asOf: string): SummaryContent;
  /** Hidden sheets rebuilt from the register; they depend only on the `helperSources` tabs. */
  helperSheets(register: Register, layout: RegisterLayout): HelperSheet[];
  /** Tabs whose rows change the helper sheets (an append to one rewrites them). */
  readonly helperSources: readonly DataTabKey[];
}
