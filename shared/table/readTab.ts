import type { Reason } from '../i18n/reason';
import { quoted } from '../normalise/refusal';
import { normaliseRow } from '../normalise/row';
import { nullRecord } from '../register/nullRecord';
import type { Row } from '../register/register';
import { type HeaderMapping, mapHeaders } from '../schema/columnLookup';
import type { ColumnDef } from '../schema/columns';
import { type DataTabKey, tabDef } from '../schema/tabs';
import { isFormulaLike } from '../text/formulaText';
import { type Grid, type GridCell, isBlankGridRow } from './grid';
import { tableReason } from './messages';
import { isFormulaCell, textOfSheetCell } from './sheetText';

/** Something wrong with one line of a grid; `line` counts as a person does (header = line 1). */
export interface TabProblem {
  line: number;
  /** The column key, when the problem is one cell's. */
  column?: string;
  reason: Reason;
}

/** One non-blank data line of a grid, its data cells by column key as plain text or numbers. */
export interface TabRecord {
  line: number;
  raw: Record<string, string | number | null>;
  /** Cells under headers that name no column of the tab, by header text (e.g. ผู้ติดต่อ in a partner list). */
  extra: Record<string, string>;
}

export interface TabRecords {
  header: string[];
  mapping: HeaderMapping;
  records: TabRecord[];
  /** Shifted rows (refused whole), formula cells in data columns, formula-like text not marked as text. */
  problems: TabProblem[];
}

/** How a grid is read. */
export interface TabRecordOptions {
  /**
   * A file from outside (a CSV a person brings): a cell starting with `=` is text a stranger
   * typed, kept as text, never a formula of ours.
   */
  formulasAsText?: boolean;
  /** The file line the grid's first row (the header) is on, when title rows above it were left out. */
  headerLine?: number;
}

function headerText(cell: GridCell | undefined): string {
  return cell === null || cell === undefined ? '' : String(cell).trim();
}

function columnLabel(column: ColumnDef): { th: string; en: string } {
  return column.label;
}

/**
 * The data lines of a sheet grid by column key, read as a sheet holds them: a leading apostrophe
 * marks text and is removed; a cell starting with `=` is a formula, not data (left empty, noted);
 * blank lines are skipped; a line with more filled cells than the header is refused as shifted;
 * a shorter line is padded.
 */
export function tabRecords(tab: DataTabKey, grid: Grid, options: TabRecordOptions = {}): TabRecords {
  const records: TabRecord[] = [];
  const read = visitTabRecords(tab, grid, options, (record) => {
    records.push(record);
  });
  return { ...read, records };
}

/**
 * tabRecords one line at a time: `visit` sees each record as it is read, so a large file's
 * records need not all be alive at once (they die young, which keeps garbage collection cheap).
 */
export function visitTabRecords(
  tab: DataTabKey,
  grid: Grid,
  options: TabRecordOptions,
  visit: (record: TabRecord) => void,
): Omit<TabRecords, 'records'> {
  const header = (grid[0] ?? []).map(headerText);
  const reader = tabLineReader(tab, header, options);
  const problems: TabProblem[] = [];
  const lineOffset = (options.headerLine ?? 1) - 1;
  for (let index = 1; index < grid.length; index++) {
    const record = reader.read(grid[index] ?? [], index + 1 + lineOffset, problems);
    if (record) visit(record);
  }
  return { header, mapping: reader.mapping, problems };
}

/** Reads the data lines under one header, one line at a time (see tabRecords). */
export interface TabLineReader {
  mapping: HeaderMapping;
  /** The line's record, or undefined for a blank line or a shifted one (its problem added to `problems`). */
  read(cells: readonly GridCell[], line: number, problems: TabProblem[]): TabRecord | undefined;
}

/** A reader of the lines under this header (its cells already trimmed), for streaming a file through. */
export function tabLineReader(
  tab: DataTabKey,
  header: readonly string[],
  options: TabRecordOptions,
): TabLineReader {
  const mapping = mapHeaders(tab, header);
  const columns = tabDef(tab).columns.filter((column) => mapping.indexOf[column.key] !== undefined);
  const at = columns.map((column) => mapping.indexOf[column.key]);
  const emptyRecord: TabRecord['raw'] = nullRecord(columns);
  const read = (cells: readonly GridCell[], line: number, problems: TabProblem[]): TabRecord | undefined => {
    if (isBlankGridRow(cells)) return undefined;
    let filled = cells.length;
    while (filled > header.length && headerText(cells[filled - 1]) === '') filled--;
    if (filled > header.length) {
      problems.push({
        line,
        reason: tableReason('row.shifted', { count: filled, width: header.length }),
      });
      return undefined;
    }
    const raw: TabRecord['raw'] = { ...emptyRecord };
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c];
      const cell = cells[at[c]];
      if (cell === null || cell === undefined) {
        raw[column.key] = null;
      } else if (typeof cell === 'number') {
        raw[column.key] = cell;
      } else if (typeof cell === 'boolean') {
        raw[column.key] = cell ? 'TRUE' : 'FALSE';
      } else if (isFormulaCell(cell) && !options.formulasAsText) {
        raw[column.key] = null;
        const params = { column: columnLabel(column), value: quoted(cell) };
        problems.push({ line, column: column.key, reason: tableReason('cell.formula', params) });
      } else {
        if (!options.formulasAsText && !cell.startsWith("'") && isFormulaLike(cell) && isTextColumn(column)) {
          const params = { column: columnLabel(column), value: quoted(cell) };
          problems.push({ line, column: column.key, reason: tableReason('text.not_safe', params) });
        }
        raw[column.key] = textOfSheetCell(cell);
      }
    }
    const extra: Record<string, string> = {};
    for (const { index, header: name } of mapping.unknown) {
      const cell = cells[index];
      if (cell !== null && cell !== undefined && String(cell).trim() !== '') {
        extra[name] = typeof cell === 'string' ? textOfSheetCell(cell) : String(cell);
      }
    }
    return { line, raw, extra };
  };
  return { mapping, read };
}

/**
 * Columns whose cells are free text a stranger may have typed. Phones (+66…), LINE ids (@…) and
 * numbers (-5) start with a trigger by nature and are read by their own type.
 */
function isTextColumn(column: ColumnDef): boolean {
  return column.type === 'text' || column.type === 'longtext';
}

/** A tab read from its grid: canonical rows (a refused cell left empty) and what was wrong, by line. */
export interface ReadTab {
  rows: Row[];
  /** The grid line of each row, parallel to `rows`. */
  lines: number[];
  problems: TabProblem[];
  mapping: HeaderMapping;
}

/**
 * A tab's grid as canonical rows: every data cell normalised by its column (enum labels in
 * either language become keys, Thai dates and phones are read); cells that can't be are left
 * empty and reported with their line, so nothing is silently lost from a report.
 */
export function readTab(tab: DataTabKey, grid: Grid): ReadTab {
  const { mapping, records, problems } = tabRecords(tab, grid);
  const rows: Row[] = [];
  const lines: number[] = [];
  for (const record of records) {
    const { row, problems: cellProblems } = normaliseRow(tab, record.raw);
    rows.push(row);
    lines.push(record.line);
    for (const problem of cellProblems) problems.push({ line: record.line, ...problem });
  }
  problems.sort((a, b) => a.line - b.line);
  return { rows, lines, problems, mapping };
}
