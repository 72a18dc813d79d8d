/// <reference types="google-apps-script" />
import { columnLetter } from '../../shared/table/columnLetter';
import {
  type CellBlock,
  type CellRange,
  type ColumnFormat,
  type ColumnSpan,
  type ColumnValidation,
  type ConditionalRule,
  type Grid,
  LockTimeoutError,
  type SheetCell,
  type SheetInfo,
  type ValueBlock,
  type Workbook,
} from '../core/workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The Apps Script services the adapter uses, passed in so a recording double can stand in for them. */
export interface AppsScriptServices {
  spreadsheet: Spreadsheet;
  spreadsheetApp: Pick<
    GoogleAppsScript.Spreadsheet.SpreadsheetApp,
    'newDataValidation' | 'newConditionalFormatRule' | 'ProtectionType' | 'flush'
  >;
  properties: GoogleAppsScript.Properties.Properties;
  /**
   * The locks an action takes, in order (released in reverse): the document lock where Apps
   * Script gives one, and the script lock where it does not (a web app) or where a web app
   * of this bound script may write to the same register at the same time. A single lock is
   * accepted as a list of one.
   */
  lock: GoogleAppsScript.Lock.Lock | readonly GoogleAppsScript.Lock.Lock[];
  utilities: Pick<GoogleAppsScript.Utilities.Utilities, 'formatDate' | 'parseDate'>;
  /**
   * The Sheets API (advanced service), when the deployment may write through it: `writeBlocks`
   * then writes blocks on several sheets in one request. The Sheets API refuses the
   * `spreadsheets.currentonly` scope, so this needs the `spreadsheets` scope; without it each
   * block is one `setValues`.
   */
  sheetsApi?: SheetsValuesWriter;
}

/** The one Sheets API (advanced service) method the adapter writes with. */
export interface SheetsValuesWriter {
  Spreadsheets: {
    Values: {
      batchUpdate(
        resource: GoogleAppsScript.Sheets.Schema.BatchUpdateValuesRequest,
        spreadsheetId: string,
      ): unknown;
    };
  };
}

/**
 * How long an action waits for another one holding the document lock (a capture batch, an import).
 * Clearly shorter than the extension's SEND_TIMEOUT_MS (30 s): a web-app request that waited
 * the whole send timeout for the lock would be abandoned by the extension just as it wrote,
 * and then retried. Waiting 10 s leaves the rest for Apps Script's wake-up and the batch write.
 */
export const LOCK_TIMEOUT_MS = 10_000;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/**
 * The Workbook port over SpreadsheetApp: the only code that touches Apps Script's spreadsheet,
 * properties and lock services. Every method is a fixed number of service calls — whole ranges,
 * one `setValues` per block, never a call per row; one `flush` before a lock is released.
 */
export class SheetsWorkbook implements Workbook {
  private timeZone: string | undefined;
  private lockDepth = 0;

  constructor(private readonly services: AppsScriptServices) {}

  listSheets(): SheetInfo[] {
    return this.services.spreadsheet.getSheets().map((sheet) => ({
      name: sheet.getName(),
      hidden: sheet.isSheetHidden(),
      lastRow: sheet.getLastRow(),
      lastColumn: sheet.getLastColumn(),
    }));
  }

  createSheet(name: string, options: { hidden?: boolean } = {}): void {
    const { spreadsheet } = this.services;
    const sheet = spreadsheet.insertSheet(name, spreadsheet.getNumSheets());
    if (options.hidden) sheet.hideSheet();
  }

  renameSheet(name: string, newName: string): void {
    if (name !== newName) this.sheet(name).setName(newName);
  }

  setSheetHidden(name: string, hidden: boolean): void {
    const sheet = this.sheet(name);
    if (hidden) sheet.hideSheet();
    else sheet.showSheet();
  }

  clearSheet(name: string): void {
    this.sheet(name).clearContents();
  }

  readValues(name: string): Grid {
    const range = this.usedRange(name);
    if (!range) return [];
    return range.getValues().map((line) => line.map((cell) => this.fromSheet(cell)));
  }

  readFormulas(name: string): string[][] {
    return this.usedRange(name)?.getFormulas() ?? [];
  }

  readBlock(name: string, row: number, column: number, rows: number, columns: number): CellBlock {
    const sheet = this.sized(name, row + rows - 1, column + columns - 1);
    const range = sheet.getRange(row, column, rows, columns);
    return {
      values: range.getValues().map((line) => line.map((cell) => this.fromSheet(cell))),
      formulas: range.getFormulas(),
    };
  }

  writeValues(name: string, row: number, column: number, values: Grid): void {
    if (values.length === 0) return;
    const width = Math.max(...values.map((line) => line.length));
    if (width === 0) return;
    const sheet = this.sized(name, row + values.length - 1, column + width - 1);
    const cells = values.map((line) =>
      Array.from({ length: width }, (_, c) => this.toSheet(line[c] ?? null)),
    );
    sheet.getRange(row, column, values.length, width).setValues(cells);
  }

  writeBlocks(blocks: readonly ValueBlock[]): void {
    const written = blocks.filter((block) => block.values.some((line) => line.length > 0));
    const { sheetsApi } = this.services;
    if (!sheetsApi || written.length < 2) {
      for (const { sheet, row, column, values } of written) this.writeValues(sheet, row, column, values);
      return;
    }
    const data = written.map(({ sheet, row, column, values }) => {
      const width = Math.max(...values.map((line) => line.length));
      this.sized(sheet, row + values.length - 1, column + width - 1);
      return {
        range: `${quotedTitle(sheet)}!${a1(row, column)}:${a1(row + values.length - 1, column + width - 1)}`,
        values: values.map((line) => Array.from({ length: width }, (_, c) => this.typed(line[c] ?? null))),
      };
    });
    // USER_ENTERED, as `setValues` and typing do: `=…` is a formula, ISO dates become dates, and
    // people's text stays text because every other string goes with a leading apostrophe.
    sheetsApi.Spreadsheets.Values.batchUpdate(
      { valueInputOption: 'USER_ENTERED', data },
      this.services.spreadsheet.getId(),
    );
  }

  writeFormulas(name: string, row: number, column: number, formulas: string[][]): void {
    if (formulas.length === 0) return;
    const width = Math.max(...formulas.map((line) => line.length));
    const sheet = this.sized(name, row + formulas.length - 1, column + width - 1);
    const cells = formulas.map((line) => Array.from({ length: width }, (_, c) => line[c] ?? ''));
    sheet.getRange(row, column, formulas.length, width).setFormulas(cells);
  }

  appendRows(name: string, values: Grid): number {
    const first = this.sheet(name).getLastRow() + 1;
    this.writeValues(name, first, 1, values);
    return first;
  }

  deleteRows(name: string, row: number, count: number): void {
    const sheet = this.sheet(name);
    const maxRows = sheet.getMaxRows();
    // Sheets refuses to delete every row below the frozen header; a blank row added first stays behind.
    if (maxRows - count <= sheet.getFrozenRows()) sheet.insertRowsAfter(maxRows, count);
    sheet.deleteRows(row, count);
  }

  hideColumn(name: string, column: number): void {
    this.sheet(name).hideColumns(column);
  }

  writeNotes(name: string, row: number, column: number, notes: string[][]): void {
    if (notes.length === 0) return;
    const width = Math.max(...notes.map((line) => line.length));
    const sheet = this.sized(name, row + notes.length - 1, column + width - 1);
    const cells = notes.map((line) => Array.from({ length: width }, (_, c) => line[c] ?? ''));
    sheet.getRange(row, column, notes.length, width).setNotes(cells);
  }

  setValidations(name: string, validations: readonly ColumnValidation[]): void {
    const sheet = this.sheet(name);
    for (const { span, rule, helpText } of validations) {
      const range = this.spanRange(sheet, span);
      if (!rule) {
        range.clearDataValidations();
        continue;
      }
      let builder = this.services.spreadsheetApp.newDataValidation();
      if (rule.kind === 'list') builder = builder.requireValueInList([...rule.values], true);
      else {
        const source = this.sheet(rule.sheet).getRange(
          rule.fromRow,
          rule.column,
          rule.toRow - rule.fromRow + 1,
          1,
        );
        builder = builder.requireValueInRange(source, true);
      }
      // Warn, don't refuse: a value pasted from elsewhere stays, and repair reports it.
      builder = builder.setAllowInvalid(true);
      if (helpText) builder = builder.setHelpText(helpText);
      range.setDataValidation(builder.build());
    }
  }

  setFormats(name: string, formats: readonly ColumnFormat[]): void {
    const sheet = this.sheet(name);
    for (const { span, format } of formats) this.spanRange(sheet, span).setNumberFormat(format);
  }

  setConditionalRules(name: string, rules: readonly ConditionalRule[]): void {
    const sheet = this.sheet(name);
    const built = rules.map((rule) => {
      let builder = this.services.spreadsheetApp
        .newConditionalFormatRule()
        .whenFormulaSatisfied(rule.formula)
        .setRanges([this.spanRange(sheet, rule.span)]);
      if (rule.background) builder = builder.setBackground(rule.background);
      if (rule.fontColor) builder = builder.setFontColor(rule.fontColor);
      return builder.build();
    });
    sheet.setConditionalFormatRules(built);
  }

  freezeRows(name: string, rows: number): void {
    this.sheet(name).setFrozenRows(rows);
  }

  protectWithWarning(name: string, ranges: readonly CellRange[], description: string): void {
    const sheet = this.sheet(name);
    for (const protection of sheet.getProtections(this.services.spreadsheetApp.ProtectionType.RANGE)) {
      if (protection.getDescription() === description) protection.remove();
    }
    for (const range of ranges) {
      const rows = range.rows ?? sheet.getMaxRows() - range.row + 1;
      sheet
        .getRange(range.row, range.column, rows, range.columns ?? 1)
        .protect()
        .setDescription(description)
        .setWarningOnly(true);
    }
  }

  getProperties(): Record<string, string> {
    return this.services.properties.getProperties();
  }

  setProperties(values: Record<string, string | null>): void {
    const set: Record<string, string> = {};
    const removed: string[] = [];
    for (const [key, value] of Object.entries(values)) {
      if (value === null) removed.push(key);
      else set[key] = value;
    }
    if (Object.keys(set).length > 0) this.services.properties.setProperties(set, false);
    for (const key of removed) this.services.properties.deleteProperty(key);
  }

  withLock<T>(task: () => T): T {
    // Nested actions (a repair inside a restore) share the lock the outer one took.
    if (this.lockDepth > 0) return task();
    const locks = Array.isArray(this.services.lock)
      ? (this.services.lock as readonly GoogleAppsScript.Lock.Lock[])
      : [this.services.lock as GoogleAppsScript.Lock.Lock];
    const held: GoogleAppsScript.Lock.Lock[] = [];
    try {
      for (const lock of locks) {
        try {
          lock.waitLock(LOCK_TIMEOUT_MS);
        } catch (error) {
          // waitLock throws when the lock is not obtained in time (reference: Lock.waitLock).
          throw new LockTimeoutError(String((error as Error)?.message ?? error));
        }
        held.push(lock);
      }
      this.lockDepth++;
      try {
        return task();
      } finally {
        this.lockDepth--;
        // Commit this action's writes before another execution may read the sheet: Sheets
        // batches pending changes until flush() or the end of the execution.
        this.services.spreadsheetApp.flush();
      }
    } finally {
      for (const lock of held.reverse()) lock.releaseLock();
    }
  }

  private sheet(name: string): Sheet {
    const sheet = this.services.spreadsheet.getSheetByName(name);
    if (!sheet) throw new Error(`no sheet named ${name}`);
    return sheet;
  }

  private usedRange(name: string): GoogleAppsScript.Spreadsheet.Range | null {
    const sheet = this.sheet(name);
    const rows = sheet.getLastRow();
    const columns = sheet.getLastColumn();
    return rows > 0 && columns > 0 ? sheet.getRange(1, 1, rows, columns) : null;
  }

  /** The sheet, grown so (rows × columns) fits: `getRange` past the grid's edge throws. */
  private sized(name: string, rows: number, columns: number): Sheet {
    const sheet = this.sheet(name);
    const maxRows = sheet.getMaxRows();
    if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
    const maxColumns = sheet.getMaxColumns();
    if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
    return sheet;
  }

  private spanRange(sheet: Sheet, span: ColumnSpan): GoogleAppsScript.Spreadsheet.Range {
    return sheet.getRange(
      span.fromRow,
      span.column,
      span.rows ?? Math.max(1, sheet.getMaxRows() - span.fromRow + 1),
      span.columns ?? 1,
    );
  }

  private zone(): string {
    this.timeZone ??= this.services.spreadsheet.getSpreadsheetTimeZone();
    return this.timeZone;
  }

  /** A cell from `getValues` as the port carries it: Dates as ISO in the spreadsheet's zone, `''` as null. */
  private fromSheet(cell: unknown): SheetCell {
    if (cell instanceof Date || Object.prototype.toString.call(cell) === '[object Date]') {
      const date = cell as Date;
      const time = this.services.utilities.formatDate(date, this.zone(), 'HH:mm:ss');
      return this.services.utilities.formatDate(
        date,
        this.zone(),
        time === '00:00:00' ? 'yyyy-MM-dd' : "yyyy-MM-dd'T'HH:mm:ss",
      );
    }
    if (cell === '' || cell === undefined || cell === null) return null;
    return cell as SheetCell;
  }

  /**
   * A port cell as the Sheets API takes it with USER_ENTERED: as `toSheet`, but a date goes as
   * the text Sheets reads as that date (`yyyy-MM-dd`, `yyyy-MM-dd HH:mm:ss`) in the spreadsheet's zone.
   */
  private typed(cell: SheetCell): string | number | boolean {
    const value = this.toSheet(cell);
    if (value instanceof Date) {
      const time = this.services.utilities.formatDate(value, this.zone(), 'HH:mm:ss');
      return this.services.utilities.formatDate(
        value,
        this.zone(),
        time === '00:00:00' ? 'yyyy-MM-dd' : 'yyyy-MM-dd HH:mm:ss',
      );
    }
    return value as string | number | boolean;
  }

  /**
   * A port cell as `setValues` wants it: ISO dates as Date objects, null as `''`, and every other
   * string marked as text — `setValues` reads strings as if typed, so `1/2` would become a date
   * and `0812345678` a number. Strings starting `=` (formulas) or `'` (already marked) pass as they are.
   */
  private toSheet(cell: SheetCell): unknown {
    if (cell === null || cell === '') return '';
    if (typeof cell === 'string' && ISO_DATE.test(cell)) {
      return this.services.utilities.parseDate(cell, this.zone(), 'yyyy-MM-dd');
    }
    if (typeof cell === 'string' && ISO_DATETIME.test(cell)) {
      const hasZone = /(?:Z|[+-]\d{2}:?\d{2})$/.test(cell);
      return hasZone
        ? new Date(cell)
        : this.services.utilities.parseDate(
            `${cell.slice(0, 19)}:00`.slice(0, 19),
            this.zone(),
            "yyyy-MM-dd'T'HH:mm:ss",
          );
    }
    if (typeof cell === 'string' && !cell.startsWith('=') && !cell.startsWith("'")) return `'${cell}`;
    return cell;
  }
}

/** A sheet title quoted for an A1 range (`'ภาคี''s'`). */
function quotedTitle(title: string): string {
  return `'${title.replace(/'/g, "''")}'`;
}

/** A cell's A1 name (`1, 1` → `A1`). */
function a1(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}
