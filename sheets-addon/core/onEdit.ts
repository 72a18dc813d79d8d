import type { Reason } from '../../shared/i18n/reason';
import { emptyTables, type Register } from '../../shared/register/register';
import { DATA_TABS, type TabDef } from '../../shared/schema/tabs';
import type { FormulaLayer } from './formulaLayer';
import { writeHelperSheets } from './helperSheets';
import { countersProperty, readRegisterProperties } from './registerProperties';
import { mergedCell } from './sheetCells';
import { findDataSheet } from './sheetLocator';
import { gridToRows } from './tableRows';
import { type ChangedCell, TabWork } from './tabWork';
import { type CellBlock, type Grid, readBlockOf, type SheetCell, type Workbook } from './workbook';

/** The rows a person just edited. */
export interface EditedRange {
  sheet: string;
  fromRow: number;
  toRow: number;
}

/**
 * What a simple `onEdit` trigger does for rows typed by hand: an id where there is none, a
 * Buddhist Era year moved back, choices as labels and the formula cells — only for the edited
 * rows of a data tab. Columns are not added here (repair does that).
 *
 * The trigger runs a second or more after the keystroke while the person goes on typing, so it
 * never writes back what it read: just before writing it reads the edited rows again (under the
 * lock) and writes the cells the register owns (an id into a still-empty id cell, the formula
 * cells) and a normalised typed cell only if that cell still holds what the trigger read.
 *
 * Reads only the header and the edited rows, except for a tab that feeds a helper sheet
 * (Activities → Links), which is rebuilt from the whole tab.
 */
export function onEditRows(workbook: Workbook, layer: FormulaLayer, edited: EditedRange): Reason[] {
  if (edited.toRow < 2) return [];
  const properties = readRegisterProperties(workbook.getProperties());
  if (!properties.isRegister || !properties.layout) return [];
  const language = properties.language ?? properties.settings.language;
  const sheets = workbook.listSheets();
  const tab = DATA_TABS.find((def) => findDataSheet(sheets, def, language) === edited.sheet);
  const info = sheets.find((sheet) => sheet.name === edited.sheet);
  if (!tab || !info) return [];
  const fromRow = Math.max(2, edited.fromRow);
  const toRow = Math.min(edited.toRow, info.lastRow);
  if (toRow < fromRow) return [];
  const wholeTab = layer.helperSources.includes(tab.key);
  return workbook.withLock(() => {
    const read = wholeTab
      ? { values: workbook.readValues(edited.sheet), formulas: workbook.readFormulas(edited.sheet) }
      : headerAndRows(workbook, edited.sheet, fromRow, toRow, info.lastColumn);
    const work = new TabWork(tab, edited.sheet, read.values, read.formulas, layer.formulaColumns(tab.key));
    work.findColumns();
    if (work.columns.id === undefined) return [];
    const rows = work.dataRows().filter((row) => row >= fromRow && row <= toRow);
    if (rows.length === 0) return [];
    const counter = properties.counters[tab.key];
    const next = work.giveIds(rows, counter);
    work.repairDates(rows);
    work.relabelEnums(rows, language);
    const layout = {
      ...properties.layout!,
      columns: { ...properties.layout!.columns, [tab.key]: work.columns },
    };
    work.writeFormulaCells(rows, (row) => layer.formulaCells(tab.key, layout, row));
    const changed = work.changedCells();
    if (changed.length === 0) return work.changes.filter((change) => change.code !== 'enums.unknown');

    const write = guardedWrite(workbook, edited.sheet, changed, work.columns.id);
    if (write.values.length > 0) workbook.writeValues(edited.sheet, write.row, write.column, write.values);
    if (wholeTab)
      writeHelperSheets(workbook, layer, registerOf(tab, work.values, write, properties), layout, sheets);
    if (next !== counter && write.idsWritten > 0)
      workbook.setProperties(countersProperty({ ...properties.counters, [tab.key]: next }));
    return work.changes.filter((change) => change.code !== 'enums.unknown');
  });
}

/** The header row and the edited rows, placed at their rows of an otherwise empty grid. */
function headerAndRows(
  workbook: Workbook,
  sheet: string,
  fromRow: number,
  toRow: number,
  lastColumn: number,
): CellBlock {
  const header = readBlockOf(workbook, sheet, 1, 1, 1, lastColumn);
  const rows = readBlockOf(workbook, sheet, fromRow, 1, toRow - fromRow + 1, lastColumn);
  const values: Grid = [header.values[0] ?? []];
  const formulas: string[][] = [header.formulas[0] ?? []];
  for (let r = 2; r < fromRow; r++) {
    values.push([]);
    formulas.push([]);
  }
  values.push(...rows.values);
  formulas.push(...rows.formulas);
  return { values, formulas };
}

/** The block to write and how many of the planned cells it carries. */
interface GuardedWrite {
  row: number;
  column: number;
  values: Grid;
  /** The planned cells the block carries. */
  applied: ChangedCell[];
  idsWritten: number;
}

/**
 * Re-reads the changed span and lays the plan over what the cells hold now: an owned cell is
 * written (an id only into an id cell still empty), a typed cell only if it still holds what was
 * read; every other cell of the span is written back as it now stands.
 */
function guardedWrite(
  workbook: Workbook,
  sheet: string,
  changed: ChangedCell[],
  idColumn: number,
): GuardedWrite {
  const top = Math.min(...changed.map((cell) => cell.row));
  const bottom = Math.max(...changed.map((cell) => cell.row));
  const left = Math.min(...changed.map((cell) => cell.column));
  const right = Math.max(...changed.map((cell) => cell.column));
  const fresh = readBlockOf(workbook, sheet, top, left, bottom - top + 1, right - left + 1);
  const now = (row: number, column: number): SheetCell =>
    mergedCell(fresh.values[row - top]?.[column - left] ?? null, fresh.formulas[row - top]?.[column - left]);
  const values: Grid = Array.from({ length: bottom - top + 1 }, (_, r) =>
    Array.from({ length: right - left + 1 }, (_, c) => now(top + r, left + c)),
  );
  const applied: ChangedCell[] = [];
  let idsWritten = 0;
  for (const cell of changed) {
    const current = now(cell.row, cell.column);
    const isId = cell.column === idColumn;
    const stillAsRead = current === cell.before || (isBlankCell(current) && isBlankCell(cell.before));
    if (isId ? !isBlankCell(current) : !cell.owned && !stillAsRead) continue;
    values[cell.row - top][cell.column - left] = cell.after;
    applied.push(cell);
    if (isId) idsWritten++;
  }
  if (applied.length === 0) return { row: top, column: left, values: [], applied, idsWritten };
  return { row: top, column: left, values, applied, idsWritten };
}

function isBlankCell(cell: SheetCell): boolean {
  return cell === null || cell === '';
}

/** The register the helper sheets are rebuilt from: the tab as read, with what was written. */
function registerOf(
  tab: TabDef,
  values: Grid,
  write: GuardedWrite,
  properties: ReturnType<typeof readRegisterProperties>,
): Register {
  const grid = values.map((line) => [...line]);
  for (const [r, line] of write.values.entries()) {
    for (const [c, cell] of line.entries()) {
      while (grid.length < write.row + r) grid.push([]);
      const row = grid[write.row - 1 + r];
      // As the sheet will hold it: a formula's result is not known here, a marked text loses its mark.
      row[write.column - 1 + c] =
        typeof cell !== 'string' ? cell : cell.startsWith('=') ? null : cell.replace(/^'/, '');
    }
  }
  const register: Register = {
    language: properties.language ?? properties.settings.language,
    tables: emptyTables(),
    counters: properties.counters,
    settings: properties.settings,
  };
  register.tables[tab.key] = gridToRows(tab, grid);
  return register;
}
