import type {
  CellRange,
  ColumnFormat,
  ColumnValidation,
  ConditionalRule,
  Grid,
  SheetCell,
  SheetInfo,
  ValueBlock,
  Workbook,
} from './workbook';

/** One stored cell: a formula (its value unknown here, as nothing evaluates it), or a value. */
export interface MemoryCell {
  value: SheetCell;
  formula?: string;
  note?: string;
}

/** A protected range and why it is protected. */
export interface MemoryProtection {
  range: CellRange;
  description: string;
}

/** Everything a sheet holds besides its cells: what setup writes and repair checks. */
export interface MemorySheet {
  name: string;
  hidden: boolean;
  cells: MemoryCell[][];
  frozenRows: number;
  validations: ColumnValidation[];
  formats: ColumnFormat[];
  conditionalRules: ConditionalRule[];
  protections: MemoryProtection[];
}

/** The whole workbook as plain data, so a host can store and reload it. */
export interface MemoryWorkbookState {
  sheets: MemorySheet[];
  properties: Record<string, string>;
}

/** How a written string lands in a cell: `=…` is a formula, a leading `'` marks text. */
export function cellFromWrite(value: SheetCell): MemoryCell {
  if (typeof value === 'string' && value.startsWith('=')) return { value: null, formula: value };
  if (typeof value === 'string' && value.startsWith("'")) return { value: value.slice(1) };
  if (value === '') return { value: null };
  return { value };
}

function hasContent(cell: MemoryCell | undefined): boolean {
  return !!cell && ((cell.value !== null && cell.value !== '') || !!cell.formula);
}

/** The port in memory: for tests, and the working copy behind the file-backed workbook. */
export class MemoryWorkbook implements Workbook {
  readonly state: MemoryWorkbookState;

  constructor(state: MemoryWorkbookState = { sheets: [], properties: {} }) {
    this.state = state;
  }

  sheet(name: string): MemorySheet {
    const found = this.state.sheets.find((candidate) => candidate.name === name);
    if (!found) throw new Error(`no sheet named ${name}`);
    return found;
  }

  hasSheet(name: string): boolean {
    return this.state.sheets.some((candidate) => candidate.name === name);
  }

  listSheets(): SheetInfo[] {
    return this.state.sheets.map((sheet) => ({
      name: sheet.name,
      hidden: sheet.hidden,
      ...extent(sheet),
    }));
  }

  createSheet(name: string, options: { hidden?: boolean } = {}): void {
    if (this.hasSheet(name)) throw new Error(`a sheet named ${name} exists`);
    this.state.sheets.push({
      name,
      hidden: options.hidden ?? false,
      cells: [],
      frozenRows: 0,
      validations: [],
      formats: [],
      conditionalRules: [],
      protections: [],
    });
  }

  /** Renames a sheet and, as Sheets does, the references to it in every formula. */
  renameSheet(name: string, newName: string): void {
    if (name === newName) return;
    if (this.hasSheet(newName)) throw new Error(`a sheet named ${newName} exists`);
    this.sheet(name).name = newName;
    const quoted = (sheet: string) => `'${sheet.replace(/'/g, "''")}'!`;
    // A bare name (Partners!A1) only where no other letter of a longer name comes before it.
    const bare = /^[A-Za-z_][A-Za-z0-9_]*$/.test(name)
      ? new RegExp(`(?<![A-Za-z0-9_.'])${name}!`, 'g')
      : null;
    for (const sheet of this.state.sheets) {
      for (const line of sheet.cells) {
        for (const cell of line) {
          if (!cell.formula) continue;
          cell.formula = cell.formula.split(quoted(name)).join(quoted(newName));
          if (bare) cell.formula = cell.formula.replace(bare, quoted(newName));
        }
      }
    }
  }

  setSheetHidden(name: string, hidden: boolean): void {
    this.sheet(name).hidden = hidden;
  }

  clearSheet(name: string): void {
    this.sheet(name).cells = [];
  }

  readValues(name: string): Grid {
    const sheet = this.sheet(name);
    const { lastRow, lastColumn } = extent(sheet);
    return block(lastRow, lastColumn, (r, c) => sheet.cells[r]?.[c]?.value ?? null);
  }

  readFormulas(name: string): string[][] {
    const sheet = this.sheet(name);
    const { lastRow, lastColumn } = extent(sheet);
    return block(lastRow, lastColumn, (r, c) => sheet.cells[r]?.[c]?.formula ?? '');
  }

  writeValues(name: string, row: number, column: number, values: Grid): void {
    const sheet = this.sheet(name);
    values.forEach((line, r) => {
      line.forEach((value, c) => {
        const note = cellAt(sheet, row + r, column + c).note;
        setCell(sheet, row + r, column + c, { ...cellFromWrite(value), ...(note ? { note } : {}) });
      });
    });
  }

  writeBlocks(blocks: readonly ValueBlock[]): void {
    for (const { sheet, row, column, values } of blocks) this.writeValues(sheet, row, column, values);
  }

  writeFormulas(name: string, row: number, column: number, formulas: string[][]): void {
    this.writeValues(
      name,
      row,
      column,
      formulas.map((line) => line.map((formula) => (formula === '' ? null : formula))),
    );
  }

  appendRows(name: string, values: Grid): number {
    const first = extent(this.sheet(name)).lastRow + 1;
    this.writeValues(name, first, 1, values);
    return first;
  }

  /**
   * Removes the rows and their notes; the rows below move up. Formulas are kept as written, not
   * re-pointed as Sheets would: nothing the register writes refers to another row by number.
   */
  deleteRows(name: string, row: number, count: number): void {
    if (row < 1 || count < 1) throw new Error(`rows ${row}+${count} are outside the sheet`);
    this.sheet(name).cells.splice(row - 1, count);
  }

  writeNotes(name: string, row: number, column: number, notes: string[][]): void {
    const sheet = this.sheet(name);
    notes.forEach((line, r) => {
      line.forEach((note, c) => {
        const cell = cellAt(sheet, row + r, column + c);
        setCell(sheet, row + r, column + c, {
          value: cell.value,
          formula: cell.formula,
          note: note || undefined,
        });
      });
    });
  }

  setValidations(name: string, validations: readonly ColumnValidation[]): void {
    const sheet = this.sheet(name);
    for (const validation of validations) {
      sheet.validations = sheet.validations.filter((existing) => !sameSpan(existing.span, validation.span));
      if (validation.rule) sheet.validations.push(structuredClone(validation));
    }
  }

  setFormats(name: string, formats: readonly ColumnFormat[]): void {
    const sheet = this.sheet(name);
    for (const format of formats) {
      sheet.formats = sheet.formats.filter((existing) => !sameSpan(existing.span, format.span));
      sheet.formats.push(structuredClone(format));
    }
  }

  setConditionalRules(name: string, rules: readonly ConditionalRule[]): void {
    this.sheet(name).conditionalRules = structuredClone([...rules]);
  }

  freezeRows(name: string, rows: number): void {
    this.sheet(name).frozenRows = rows;
  }

  protectWithWarning(name: string, ranges: readonly CellRange[], description: string): void {
    const sheet = this.sheet(name);
    sheet.protections = sheet.protections.filter((existing) => existing.description !== description);
    for (const range of ranges) sheet.protections.push({ range: { ...range }, description });
  }

  getProperties(): Record<string, string> {
    return { ...this.state.properties };
  }

  setProperties(values: Record<string, string | null>): void {
    for (const [key, value] of Object.entries(values)) {
      if (value === null) delete this.state.properties[key];
      else this.state.properties[key] = value;
    }
  }

  withLock<T>(task: () => T): T {
    return task();
  }
}

function extent(sheet: MemorySheet): { lastRow: number; lastColumn: number } {
  let lastRow = 0;
  let lastColumn = 0;
  sheet.cells.forEach((line, r) => {
    line?.forEach((cell, c) => {
      if (!hasContent(cell)) return;
      lastRow = Math.max(lastRow, r + 1);
      lastColumn = Math.max(lastColumn, c + 1);
    });
  });
  return { lastRow, lastColumn };
}

function block<T>(rows: number, columns: number, at: (r: number, c: number) => T): T[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => at(r, c)));
}

function cellAt(sheet: MemorySheet, row: number, column: number): MemoryCell {
  return sheet.cells[row - 1]?.[column - 1] ?? { value: null };
}

function setCell(sheet: MemorySheet, row: number, column: number, cell: MemoryCell): void {
  if (row < 1 || column < 1) throw new Error(`cell ${row},${column} is outside the sheet`);
  while (sheet.cells.length < row) sheet.cells.push([]);
  const line = sheet.cells[row - 1];
  while (line.length < column) line.push({ value: null });
  const clean: MemoryCell = { value: cell.value };
  if (cell.formula) clean.formula = cell.formula;
  if (cell.note) clean.note = cell.note;
  line[column - 1] = clean;
}

function sameSpan(
  a: { column: number; columns?: number; fromRow: number; rows?: number },
  b: typeof a,
): boolean {
  return (
    a.column === b.column &&
    (a.columns ?? 1) === (b.columns ?? 1) &&
    a.fromRow === b.fromRow &&
    a.rows === b.rows
  );
}
