import type { Language } from '../../shared/i18n/language';
import { type Reason, reason } from '../../shared/i18n/reason';
import { allocateIds, idNumber } from '../../shared/ids/ids';
import { normaliseCell } from '../../shared/normalise/cell';
import { repairSheetsBeDate } from '../../shared/normalise/date';
import { mapHeaders } from '../../shared/schema/columnLookup';
import { enumKeyOf, enumLabel } from '../../shared/schema/enumLookup';
import { foldLabel } from '../../shared/schema/headerText';
import type { TabDef } from '../../shared/schema/tabs';
import { columnLetter } from '../../shared/table/columnLetter';
import type { FormulaColumnDef } from './formulaLayer';
import { ADDON_MESSAGES } from './messages';
import type { CellMap, RowChange } from './records/rowChange';
import { isBlank, mergedCell, valueForWrite } from './sheetCells';
import type { Grid, SheetCell } from './workbook';

/**
 * One data tab being checked: the grid as read, the changes made to it, and where each column
 * is. Changes only fill or rewrite cells in place; nothing is deleted and no value moves to
 * another column.
 */
export class TabWork {
  readonly values: Grid;
  readonly formulas: string[][];
  /** Column key → 1-based column, for data and formula columns alike. */
  readonly columns: Record<string, number> = {};
  readonly changes: Reason[] = [];
  private readonly original: { values: Grid; formulas: string[][] };
  private box: { top: number; left: number; bottom: number; right: number } | null = null;

  constructor(
    readonly tab: TabDef,
    public sheet: string,
    values: Grid,
    formulas: string[][],
    readonly formulaColumns: readonly FormulaColumnDef[],
  ) {
    this.values = values.map((line) => [...line]);
    this.formulas = formulas.map((line) => [...line]);
    this.original = { values, formulas };
    if (this.values.length === 0) {
      this.values.push([]);
      this.formulas.push([]);
    }
  }

  /** The header as it stands, row 1. */
  get header(): string[] {
    return this.values[0].map((cell) => (cell === null ? '' : String(cell)));
  }

  get width(): number {
    return Math.max(0, ...this.values.map((line) => line.length));
  }

  /**
   * Whether the sheet's header names none of the tab's columns while the sheet holds content:
   * another table of the same name, which setup must not overwrite.
   */
  isForeign(): boolean {
    const hasContent = this.values.some((line) => line.some((cell) => !isBlank(cell)));
    return hasContent && Object.keys(mapHeaders(this.tab.key, this.header).indexOf).length === 0;
  }

  /** Finds every column the header names (by key, label or alias), adding none. */
  findColumns(): void {
    const mapping = mapHeaders(this.tab.key, this.header);
    for (const [key, index] of Object.entries(mapping.indexOf)) this.columns[key] = index + 1;
    this.header.forEach((text, index) => {
      const formulaColumn = this.formulaColumns.find((def) => namesFormulaColumn(def, text));
      if (formulaColumn && !(formulaColumn.key in this.columns)) this.columns[formulaColumn.key] = index + 1;
    });
  }

  /** Finds every column by key, label or alias; adds the missing ones after the last column. */
  placeColumns(language: Language): void {
    this.findColumns();
    const wanted = [
      ...this.tab.columns.map((def) => ({ key: def.key, label: def.label })),
      ...this.formulaColumns.map((def) => ({ key: def.key, label: def.label })),
    ];
    const hadContent = this.header.some((text) => text !== '');
    let renamed = 0;
    for (const { key, label } of wanted) {
      const existing = this.columns[key];
      if (existing === undefined) {
        const column = this.width + 1;
        this.columns[key] = column;
        this.set(1, column, label[language]);
        if (hadContent) {
          this.changes.push(
            reason('column.recreated', ADDON_MESSAGES.columnRecreated, {
              sheet: this.sheet,
              column: label[language],
              letter: columnLetter(column),
            }),
          );
        }
      } else if (this.header[existing - 1] !== label[language]) {
        this.set(1, existing, label[language]);
        renamed++;
      }
    }
    if (renamed > 0) {
      this.changes.push(
        reason('header.written', ADDON_MESSAGES.headersWritten, { sheet: this.sheet, count: renamed }),
      );
    }
  }

  /** Sheet rows (2…) that hold anything in a data column. */
  dataRows(): number[] {
    const dataColumns = this.tab.columns.map((def) => this.columns[def.key]).filter((c) => c !== undefined);
    const rows: number[] = [];
    for (let r = 2; r <= this.values.length; r++) {
      if (dataColumns.some((c) => !isBlank(this.get(r, c)))) rows.push(r);
    }
    return rows;
  }

  /** Gives ids to rows without one; returns the new counter. */
  giveIds(rows: readonly number[], counter: number): number {
    const idColumn = this.columns.id;
    const existing = this.dataRows().map((r) => ({ id: this.get(r, idColumn) as string | null }));
    const missing = rows.filter((r) => isBlank(this.get(r, idColumn)));
    const { ids, counter: next } = allocateIds(this.tab.key, counter, existing, missing.length);
    missing.forEach((r, i) => {
      this.set(r, idColumn, ids[i]);
    });
    if (missing.length > 0) {
      this.changes.push(
        reason('ids.given', ADDON_MESSAGES.idsGiven, {
          sheet: this.sheet,
          count: missing.length,
          first: ids[0],
          last: ids[ids.length - 1],
        }),
      );
    }
    const highest = Math.max(next, ...existing.map((row) => idNumber(this.tab.key, row.id) ?? 0));
    return highest;
  }

  /** Moves dates whose Buddhist Era year Sheets read as CE back 543 years. */
  repairDates(rows: readonly number[]): void {
    let count = 0;
    for (const def of this.tab.columns) {
      if (def.type !== 'date' && def.type !== 'datetime') continue;
      const c = this.columns[def.key];
      for (const r of rows) {
        const cell = this.get(r, c);
        if (typeof cell !== 'string' || this.formulaAt(r, c)) continue;
        const repaired = repairSheetsBeDate(cell);
        if (!repaired.repaired) continue;
        this.set(r, c, repaired.iso);
        count++;
      }
    }
    if (count > 0)
      this.changes.push(
        reason('dates.be_repaired', ADDON_MESSAGES.beDatesRepaired, { sheet: this.sheet, count }),
      );
  }

  /**
   * Rewrites every phone cell that reads as phones (E.164 of an older register, a number Sheets
   * ate the leading zero of, any typed format) in the display form Thai people write.
   */
  repairPhones(rows: readonly number[]): void {
    let count = 0;
    for (const def of this.tab.columns) {
      if (def.type !== 'phone') continue;
      const c = this.columns[def.key];
      for (const r of rows) {
        const cell = this.get(r, c);
        if ((typeof cell !== 'string' && typeof cell !== 'number') || isBlank(cell) || this.formulaAt(r, c))
          continue;
        const shown = normaliseCell(def, cell);
        if (!shown.ok || shown.value === null || shown.value === cell) continue;
        this.set(r, c, shown.value);
        count++;
      }
    }
    if (count > 0)
      this.changes.push(reason('phones.shown', ADDON_MESSAGES.phonesRewritten, { sheet: this.sheet, count }));
  }

  /** Writes every known choice (key or label in either language) as its label in `language`. */
  relabelEnums(rows: readonly number[], language: Language): void {
    let count = 0;
    let unknown = 0;
    for (const def of this.tab.columns) {
      if (def.type !== 'enum' || !def.enum) continue;
      const c = this.columns[def.key];
      for (const r of rows) {
        const cell = this.get(r, c);
        if (typeof cell !== 'string' || cell.trim() === '' || this.formulaAt(r, c)) continue;
        const key = enumKeyOf(def.enum, cell);
        if (key === undefined) {
          unknown++;
          continue;
        }
        const label = enumLabel(def.enum, key, language);
        if (label === cell) continue;
        this.set(r, c, label);
        count++;
      }
    }
    if (count > 0)
      this.changes.push(
        reason('enums.relabelled', ADDON_MESSAGES.enumsRewritten, { sheet: this.sheet, count }),
      );
    if (unknown > 0)
      this.changes.push(
        reason('enums.unknown', ADDON_MESSAGES.unknownEnum, { sheet: this.sheet, count: unknown }),
      );
  }

  /** Puts the layer's formula in every formula cell of the rows; reports only real rewrites. */
  writeFormulaCells(rows: readonly number[], cellsFor: (row: number) => Record<string, string>): void {
    let count = 0;
    for (const r of rows) {
      for (const [key, formula] of Object.entries(cellsFor(r))) {
        const c = this.columns[key];
        if (c === undefined || this.formulaAt(r, c) === formula) continue;
        this.set(r, c, formula);
        count++;
      }
    }
    if (count > 0)
      this.changes.push(
        reason('formulas.written', ADDON_MESSAGES.formulasWritten, { sheet: this.sheet, count }),
      );
  }

  get(row: number, column: number): SheetCell {
    return this.formulaAt(row, column) || (this.values[row - 1]?.[column - 1] ?? null);
  }

  formulaAt(row: number, column: number): string {
    return this.formulas[row - 1]?.[column - 1] ?? '';
  }

  /** Sets a cell (a string starting with `=` is a formula) and widens the block to write. */
  set(row: number, column: number, value: SheetCell): void {
    while (this.values.length < row) {
      this.values.push([]);
      this.formulas.push([]);
    }
    const isFormula = typeof value === 'string' && value.startsWith('=');
    this.values[row - 1][column - 1] = isFormula ? null : value;
    this.formulas[row - 1][column - 1] = isFormula ? (value as string) : '';
    this.box = this.box
      ? {
          top: Math.min(this.box.top, row),
          left: Math.min(this.box.left, column),
          bottom: Math.max(this.box.bottom, row),
          right: Math.max(this.box.right, column),
        }
      : { top: row, left: column, bottom: row, right: column };
  }

  /** The one block to write back (every cell in it, changed or not, as it now stands), if any. */
  pendingWrite(): { row: number; column: number; values: Grid } | null {
    if (!this.box) return null;
    const { top, left, bottom, right } = this.box;
    const values: Grid = [];
    for (let r = top; r <= bottom; r++) {
      const line: SheetCell[] = [];
      for (let c = left; c <= right; c++) {
        const formula = this.formulaAt(r, c);
        line.push(formula ? formula : valueForWrite(this.values[r - 1]?.[c - 1] ?? null));
      }
      values.push(line);
    }
    return { row: top, column: left, values };
  }

  /**
   * Every cell this work changed: where, what it held when read (formula first) and what it now
   * holds. `owned` marks the cells the register fills itself (the id and the formula columns).
   */
  changedCells(): ChangedCell[] {
    if (!this.box) return [];
    const owned = new Set([this.columns.id, ...this.formulaColumns.map((def) => this.columns[def.key])]);
    const changed: ChangedCell[] = [];
    for (let r = this.box.top; r <= this.box.bottom; r++) {
      for (let c = this.box.left; c <= this.box.right; c++) {
        const before = mergedCell(
          this.original.values[r - 1]?.[c - 1] ?? null,
          this.original.formulas[r - 1]?.[c - 1],
        );
        const after = mergedCell(this.values[r - 1]?.[c - 1] ?? null, this.formulas[r - 1]?.[c - 1]);
        if (before !== after) changed.push({ row: r, column: c, before, after, owned: owned.has(c) });
      }
    }
    return changed;
  }

  /**
   * The data cells this work rewrote, per row, found again by the id the row has now: what an
   * exact undo of a repair or language switch puts back (formula cells are the layer's own).
   */
  rowChanges(): RowChange[] {
    const idColumn = this.columns.id;
    if (idColumn === undefined) return [];
    const changes: RowChange[] = [];
    for (let r = 2; r <= this.values.length; r++) {
      const id = this.get(r, idColumn);
      if (isBlank(id)) continue;
      const before: CellMap = {};
      const after: CellMap = {};
      for (const def of this.tab.columns) {
        const c = this.columns[def.key];
        if (c === undefined || this.original.formulas[r - 1]?.[c - 1] || this.formulaAt(r, c)) continue;
        const old = this.original.values[r - 1]?.[c - 1] ?? null;
        const now = this.values[r - 1]?.[c - 1] ?? null;
        if (old === now || (isBlank(old) && isBlank(now))) continue;
        before[def.key] = old;
        after[def.key] = now;
      }
      if (Object.keys(after).length === 0) continue;
      // A row that was empty (a starter row setup filled in) was added, and undoing removes it.
      const wasEmpty = this.tab.columns.every((def) => {
        const c = this.columns[def.key];
        return c === undefined || isBlank(this.original.values[r - 1]?.[c - 1] ?? null);
      });
      changes.push({ tab: this.tab.key, id: String(id).trim(), before: wasEmpty ? null : before, after });
    }
    return changes;
  }
}

/** One cell a `TabWork` changed (see `changedCells`). */
export interface ChangedCell {
  row: number;
  column: number;
  before: SheetCell;
  after: SheetCell;
  owned: boolean;
}

function namesFormulaColumn(def: FormulaColumnDef, header: string): boolean {
  const folded = foldLabel(header);
  return folded !== '' && [def.key, def.label.th, def.label.en].some((name) => foldLabel(name) === folded);
}
