import type { Language } from '../../../shared/i18n/language';
import type { Row } from '../../../shared/register/register';
import { type DataTabKey, tabDef } from '../../../shared/schema/tabs';
import { columnsOf } from '../appendRecords';
import type { FormulaLayer, RegisterLayout } from '../formulaLayer';
import { isBlank, valueForWrite } from '../sheetCells';
import { findDataSheet } from '../sheetLocator';
import { gridToRows } from '../tableRows';
import type { Grid, SheetCell, SheetInfo, ValueBlock, Workbook } from '../workbook';
import { type CellMap, sameId } from './rowChange';

/**
 * One data tab being edited in place: read once (values and formulas), rows found by id, cells
 * set, rows removed or added, then written back as one block from the first row touched down
 * to the old end (so removed rows close up and nothing is left below). Formula cells of every
 * row in that block are the layer's own, written for the row they now sit on.
 */
export class TabEdit {
  readonly columns: Record<string, number>;
  private readonly lines: Grid;
  private readonly formulas: string[][];
  private readonly removed = new Set<number>();
  private readonly appended: CellMap[] = [];
  private firstTouched = Number.POSITIVE_INFINITY;

  private constructor(
    readonly tab: DataTabKey,
    readonly sheet: string,
    private readonly header: string[],
    values: Grid,
    formulas: string[][],
    private readonly layer: FormulaLayer,
  ) {
    this.columns = columnsOf(tab, header, layer);
    this.lines = values.slice(1).map((line) => [...line]);
    this.formulas = formulas.slice(1).map((line) => [...line]);
  }

  /** Reads the tab's sheet (two reads); undefined when the register has no such sheet. */
  static open(
    workbook: Workbook,
    tab: DataTabKey,
    layer: FormulaLayer,
    language: Language,
    sheets: readonly SheetInfo[],
  ): TabEdit | undefined {
    const sheet = findDataSheet(sheets, tabDef(tab), language);
    if (!sheet) return undefined;
    const values = workbook.readValues(sheet);
    const formulas = workbook.readFormulas(sheet);
    const header = (values[0] ?? []).map((cell) => (cell === null ? '' : String(cell)));
    return new TabEdit(tab, sheet, header, values, formulas, layer);
  }

  /** The line (0-based, below the header) holding an id that is still there, if any. */
  indexOf(id: string): number | undefined {
    const column = this.columns.id;
    if (column === undefined || id.trim() === '') return undefined;
    const wanted = sameId(id);
    const index = this.lines.findIndex(
      (line, i) => !this.removed.has(i) && sameId(line[column - 1]) === wanted,
    );
    return index < 0 ? undefined : index;
  }

  /** Every line still there with its canonical row (enum keys, ISO dates). */
  rows(): { index: number; row: Row }[] {
    const def = tabDef(this.tab);
    const found: { index: number; row: Row }[] = [];
    this.lines.forEach((line, index) => {
      if (this.removed.has(index)) return;
      const [row] = gridToRows(def, [this.header, line]);
      if (row) found.push({ index, row });
    });
    return found;
  }

  /** The canonical rows of the lines appended so far. */
  appendedRows(): Row[] {
    return this.appended.flatMap((cells) => {
      const line: SheetCell[] = [];
      for (const [key, value] of Object.entries(cells)) {
        const at = this.columns[key];
        if (at !== undefined) line[at - 1] = value;
      }
      return gridToRows(tabDef(this.tab), [this.header, Array.from(line, (cell) => cell ?? null)]);
    });
  }

  /** The canonical row of one line. */
  row(index: number): Row {
    return gridToRows(tabDef(this.tab), [this.header, this.lines[index] ?? []])[0] ?? {};
  }

  /** The canonical row of cells kept elsewhere (a restore point), read as a line of this tab would be. */
  rowOf(cells: CellMap): Row {
    const line: SheetCell[] = this.header.map(() => null);
    for (const [key, at] of Object.entries(this.columns)) line[at - 1] = cells[key] ?? null;
    return gridToRows(tabDef(this.tab), [this.header, line])[0] ?? {};
  }

  /** The data cells of one line as read. */
  cells(index: number): CellMap {
    const cells: CellMap = {};
    for (const column of tabDef(this.tab).columns) {
      const at = this.columns[column.key];
      if (at !== undefined) cells[column.key] = this.lines[index]?.[at - 1] ?? null;
    }
    return cells;
  }

  /** Sets one data cell (a value as read; it is marked as text when written if it needs to be). */
  set(index: number, key: string, value: SheetCell): void {
    const at = this.columns[key];
    if (at === undefined) return;
    const line = this.lines[index];
    while (line.length < at) line.push(null);
    line[at - 1] = value;
    if (this.formulas[index]) this.formulas[index][at - 1] = '';
    this.touch(index);
  }

  remove(index: number): void {
    this.removed.add(index);
    this.touch(index);
  }

  /** Adds a row at the end; its formula cells come from the layer. */
  append(cells: CellMap): void {
    this.appended.push(cells);
    this.touch(this.lines.length);
  }

  get changed(): boolean {
    return Number.isFinite(this.firstTouched);
  }

  /** The one block that writes every change (null when nothing changed). */
  block(layout: RegisterLayout): ValueBlock | null {
    if (!this.changed) return null;
    const width = Math.max(
      this.header.length,
      ...Object.values(this.columns),
      ...this.lines.map((line) => line.length),
    );
    const kept: SheetCell[][] = [];
    for (let i = this.firstTouched; i < this.lines.length; i++) {
      if (this.removed.has(i)) continue;
      kept.push(
        Array.from({ length: width }, (_, c) => {
          const formula = this.formulas[i]?.[c];
          return formula ? formula : valueForWrite(this.lines[i][c] ?? null);
        }),
      );
    }
    for (const cells of this.appended) {
      const line: SheetCell[] = Array.from({ length: width }, () => null);
      for (const [key, value] of Object.entries(cells)) {
        const at = this.columns[key];
        if (at !== undefined) line[at - 1] = valueForWrite(value);
      }
      kept.push(line);
    }
    const firstRow = this.firstTouched + 2;
    const formulaKeys = this.layer.formulaColumns(this.tab).map((def) => def.key);
    kept.forEach((line, i) => {
      const empty = line.every(
        (cell, c) => isBlank(cell) || formulaKeys.some((k) => this.columns[k] === c + 1),
      );
      for (const [key, formula] of Object.entries(this.layer.formulaCells(this.tab, layout, firstRow + i))) {
        const at = this.columns[key];
        if (at !== undefined) line[at - 1] = empty ? null : formula;
      }
    });
    // Rows that moved up leave blanks behind, over the old extent.
    const oldRows = this.lines.length - this.firstTouched;
    while (kept.length < oldRows) kept.push(Array.from({ length: width }, () => null));
    return { sheet: this.sheet, row: firstRow, column: 1, values: kept };
  }

  private touch(index: number): void {
    this.firstTouched = Math.min(this.firstTouched, index);
  }
}
