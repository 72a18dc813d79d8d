/**
 * The narrow port the add-on's logic talks to. Two hosts implement it: the Apps Script adapter
 * (`sheets-addon/appsscript/sheetsWorkbook.ts`) and the file-backed workbook of the local host;
 * tests use `MemoryWorkbook`. Every method maps to a fixed number of platform service calls,
 * never one per row, so a batch of any size costs the same.
 *
 * Positions are 1-based (row 1 is the header row), as in Sheets. Values are JSON-safe:
 * dates travel as ISO strings (`YYYY-MM-DD`, or `YYYY-MM-DDTHH:mm:ss` with a time); only the
 * Apps Script adapter turns them into `Date` objects.
 *
 * Writing a string that starts with `=` writes a formula; a string that starts with `'` is
 * text with the apostrophe dropped (as Sheets does). Writers of people's text therefore pass it
 * through `neutraliseFormulaText` first.
 */

/** One cell as the port carries it. */
export type SheetCell = string | number | boolean | null;

/** A rectangular block of cells, row by row. */
export type Grid = SheetCell[][];

/** A block of values for `writeBlocks`: its sheet and its top-left cell (1-based). */
export interface ValueBlock {
  sheet: string;
  row: number;
  column: number;
  values: Grid;
}

/** A sheet's name, visibility and extent of its content. */
export interface SheetInfo {
  name: string;
  hidden: boolean;
  /** The last row holding content (0 when empty). */
  lastRow: number;
  /** The last column holding content (0 when empty). */
  lastColumn: number;
}

/** A block's values (formula cells give their result) and formulas (`''` where none), same shape. */
export interface CellBlock {
  values: Grid;
  formulas: string[][];
}

/** A band of whole columns from a row down to the end of the sheet. */
export interface ColumnSpan {
  /** First column (1-based). */
  column: number;
  /** @default 1 */
  columns?: number;
  /** First row (1-based), usually 2 to skip the header. */
  fromRow: number;
  /** Rows in the band. @default to the end of the sheet */
  rows?: number;
}

/** What a dropdown accepts: a fixed list of labels, or the labels in a range of another sheet. */
export type ValidationRule =
  | { kind: 'list'; values: readonly string[] }
  | { kind: 'range'; sheet: string; column: number; fromRow: number; toRow: number };

/** A column band's dropdown; `rule: null` removes it. */
export interface ColumnValidation {
  span: ColumnSpan;
  rule: ValidationRule | null;
  /** Shown when a person types something else; invalid values are warned about, not refused. */
  helpText?: string;
}

/** A number/date format for a column band (Sheets pattern, e.g. `yyyy-mm-dd`, `#,##0.00`, `@`). */
export interface ColumnFormat {
  span: ColumnSpan;
  format: string;
}

/**
 * A conditional format: when the custom formula (written for the span's top-left cell, with
 * relative references) is true, the cell gets the colours.
 */
export interface ConditionalRule {
  span: ColumnSpan;
  formula: string;
  background?: string;
  fontColor?: string;
}

/** A rectangle of cells (rows to the sheet's end when `rows` is absent). */
export interface CellRange {
  row: number;
  column: number;
  rows?: number;
  columns?: number;
}

/** The workbook the add-on's logic reads and writes. */
export interface Workbook {
  /** Every sheet, in tab order. */
  listSheets(): SheetInfo[];
  /** Adds an empty sheet at the end. Throws if the name is taken. */
  createSheet(name: string, options?: { hidden?: boolean }): void;
  renameSheet(name: string, newName: string): void;
  setSheetHidden(name: string, hidden: boolean): void;
  /** Removes every value, formula and note (the sheet stays). */
  clearSheet(name: string): void;

  /** The used range (A1 to last row × last column) as values; formula cells give their result. */
  readValues(name: string): Grid;
  /** The used range's formulas, `''` where a cell holds no formula. Same shape as `readValues`. */
  readFormulas(name: string): string[][];
  /**
   * Values and formulas of one block (1-based, inside the sheet's grid), for a caller that needs
   * a few rows rather than the used range. Optional: `readBlockOf` slices the whole read where a
   * host has no cheaper way.
   */
  readBlock?(name: string, row: number, column: number, rows: number, columns: number): CellBlock;
  /** One block of values with its top-left at (row, column); the sheet grows as needed. */
  writeValues(name: string, row: number, column: number, values: Grid): void;
  /**
   * Several blocks, on one sheet or several, written together: as one service call where the
   * host can (appended rows and the helper sheet they change), else one write per block.
   */
  writeBlocks(blocks: readonly ValueBlock[]): void;
  /** One block of formulas; `''` clears a cell. */
  writeFormulas(name: string, row: number, column: number, formulas: string[][]): void;
  /** Writes the rows after the last row holding content; returns the first row written. */
  appendRows(name: string, values: Grid): number;
  /**
   * Deletes `count` whole rows from `row` down, as Sheets does: the rows below move up, and the
   * deleted rows' values, formulas and notes are gone. One service call however many rows.
   */
  deleteRows(name: string, row: number, count: number): void;
  /**
   * Hides one column (a technical column people need not see). Optional: a host without hidden
   * columns (CSV files) leaves it shown.
   */
  hideColumn?(name: string, column: number): void;
  /** Notes (comments shown on hover) for a block; `''` removes a note. */
  writeNotes(name: string, row: number, column: number, notes: string[][]): void;

  setValidations(name: string, validations: readonly ColumnValidation[]): void;
  setFormats(name: string, formats: readonly ColumnFormat[]): void;
  /** Replaces every conditional format rule of the sheet. */
  setConditionalRules(name: string, rules: readonly ConditionalRule[]): void;
  freezeRows(name: string, rows: number): void;
  /**
   * Protects ranges with a warning (people may still edit after confirming). Replaces every
   * protection of the sheet carrying the same description, so moved columns leave none behind.
   */
  protectWithWarning(name: string, ranges: readonly CellRange[], description: string): void;

  /** Every document property. */
  getProperties(): Record<string, string>;
  /** Sets many properties at once; `null` deletes one. */
  setProperties(values: Record<string, string | null>): void;
  /**
   * True where every action run under `withLock` is saved as one commit, all of it or none (the
   * local host's journal). Elsewhere (Apps Script) a failure part-way leaves the writes made so
   * far, so captures mark the rows they write (see `capture/captureMarks.ts`).
   */
  readonly commitsActions?: boolean;
  /**
   * Runs `task` holding the register's lock; throws `LockTimeoutError` when the lock is not
   * obtained in time (anything else thrown is the task's own failure).
   */
  withLock<T>(task: () => T): T;
}

/** `workbook.readBlock`, or the same block cut out of the used range where the host has none. */
export function readBlockOf(
  workbook: Workbook,
  name: string,
  row: number,
  column: number,
  rows: number,
  columns: number,
): CellBlock {
  if (rows < 1 || columns < 1) return { values: [], formulas: [] };
  if (workbook.readBlock) return workbook.readBlock(name, row, column, rows, columns);
  const cut = <T>(grid: T[][], blank: T): T[][] =>
    Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => grid[row - 1 + r]?.[column - 1 + c] ?? blank),
    );
  return { values: cut(workbook.readValues(name), null), formulas: cut(workbook.readFormulas(name), '') };
}

/** The register's lock was not obtained in time: another action holds it; trying later may succeed. */
export class LockTimeoutError extends Error {
  constructor(message = 'The register is busy: its lock was not obtained in time.') {
    super(message);
    this.name = 'LockTimeoutError';
  }
}
