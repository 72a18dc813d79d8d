/**
 * A small in-memory stand-in for the Apps Script services the add-on uses (SpreadsheetApp,
 * PropertiesService, LockService, Utilities, Session, the UI menu) that records every service
 * call. Only what the adapter and the server entry touch is here.
 *
 * Counted as calls: every read or write of cell data, every structural change, every lock and
 * properties operation. Getters of sheet and range objects are recorded apart, in `getters`.
 */

/** One recorded call: which method, on what. */
export interface RecordedCall {
  method: string;
  target: string;
}

/**
 * Calls that change a sheet's shape or look rather than read or write cell data, a lock or a
 * property (insert a sheet or rows, formats, validation, protection…). Counted, and also
 * reported on their own so a figure can be given by the design's definition.
 */
export const STRUCTURAL_METHODS: ReadonlySet<string> = new Set([
  'insertSheet',
  'setName',
  'hideSheet',
  'showSheet',
  'insertRowsAfter',
  'insertColumnsAfter',
  'hideColumns',
  'setFrozenRows',
  'setConditionalFormatRules',
  'getConditionalFormatRules',
  'getProtections',
  'protect',
  'setDescription',
  'setWarningOnly',
  'remove',
  'setNumberFormat',
  'setDataValidation',
  'clearDataValidations',
  'setActiveSheet',
  'toast',
]);

/** Calls that change nothing: reads, locks and the flush (which commits what was written). */
const READ_METHODS: ReadonlySet<string> = new Set([
  'getValues',
  'getFormulas',
  'getNotes',
  'getProperties',
  'getProperty',
  'getConditionalFormatRules',
  'getProtections',
  'waitLock',
  'tryLock',
  'releaseLock',
  'flush',
]);

export class CallLog {
  readonly calls: RecordedCall[] = [];
  readonly getters: RecordedCall[] = [];
  /**
   * A person's edit waiting for its moment: armed by a matching call, it runs when the script
   * makes its next call, i.e. after the matching call has returned and before anything else the
   * script does (Sheets' UI edits take no lock).
   */
  private pending: { matches: (call: RecordedCall, rows?: [number, number]) => boolean; then: () => void }[] =
    [];
  private armed: (() => void)[] = [];

  /** Calls that change the spreadsheet or its properties so far (see `failWrite`). */
  writes = 0;
  private failing: { at: number; message: string } | undefined;

  /**
   * The `at`-th call from now that would change the spreadsheet or its properties throws
   * instead, changing nothing: a service failing there ("Service Spreadsheets timed out"), or
   * the execution ending there (the 6-minute limit) — Apps Script keeps what the execution
   * wrote before either. `at` undefined clears it.
   */
  failWrite(
    at: number | undefined,
    message = 'Service Spreadsheets timed out while accessing document',
  ): void {
    this.writes = 0;
    this.failing = at === undefined ? undefined : { at, message };
  }

  call(method: string, target: string, rows?: [number, number]): void {
    this.fireArmed();
    if (!READ_METHODS.has(method)) {
      this.writes++;
      if (this.failing && this.writes === this.failing.at) throw new Error(this.failing.message);
    }
    this.calls.push({ method, target });
    const at = this.pending.findIndex((p) => p.matches({ method, target }, rows));
    if (at >= 0) this.armed.push(this.pending.splice(at, 1)[0].then);
  }

  /**
   * `then` runs once, after the next `method` on sheet `target` (reaching `row`, when given) and
   * before the script's following call: how a test has a person type during an execution.
   */
  afterNext(method: string, target: string, then: () => void, row?: number): void {
    this.pending.push({
      matches: (call, rows) =>
        call.method === method &&
        call.target === target &&
        (row === undefined || (!!rows && rows[0] <= row && row <= rows[1])),
      then,
    });
  }

  private fireArmed(): void {
    for (const then of this.armed.splice(0)) then();
  }

  getter(method: string, target: string): void {
    this.fireArmed();
    this.getters.push({ method, target });
  }

  reset(): void {
    this.calls.length = 0;
    this.getters.length = 0;
  }

  /**
   * Calls that read or write cell data, or a lock or a property: the design's count.
   * `SpreadsheetApp.flush()` (the commit before a lock is released) is none of these; it is in
   * `calls` and `byMethod()`, not here.
   */
  dataCalls(): RecordedCall[] {
    return this.calls.filter((call) => !STRUCTURAL_METHODS.has(call.method) && call.method !== 'flush');
  }

  /** How many times each method was called. */
  byMethod(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const { method } of this.calls) counts[method] = (counts[method] ?? 0) + 1;
    return counts;
  }
}

interface StoredCell {
  value: unknown;
  formula: string;
  note: string;
}

interface Band {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

const ZONE_OFFSET_HOURS: Record<string, number> = { 'Asia/Bangkok': 7, UTC: 0, 'Etc/GMT': 0 };

function offsetMs(zone: string): number {
  const hours = ZONE_OFFSET_HOURS[zone];
  if (hours === undefined) throw new Error(`the double knows no time zone ${zone}`);
  return hours * 3_600_000;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `Utilities.formatDate` for the patterns the adapter uses. */
export function formatDate(date: Date, zone: string, pattern: string): string {
  const t = new Date(date.getTime() + offsetMs(zone));
  const parts: Record<string, string> = {
    yyyy: pad(t.getUTCFullYear(), 4),
    MM: pad(t.getUTCMonth() + 1),
    dd: pad(t.getUTCDate()),
    HH: pad(t.getUTCHours()),
    mm: pad(t.getUTCMinutes()),
    ss: pad(t.getUTCSeconds()),
    SSS: pad(t.getUTCMilliseconds(), 3),
    // Java's SimpleDateFormat, which Utilities.formatDate follows: XXX is the ISO 8601 offset, Z at zero.
    XXX: offsetText(offsetMs(zone)),
  };
  return pattern.replace(/'([^']*)'|yyyy|MM|dd|HH|mm|SSS|ss|XXX/g, (token, literal: string | undefined) =>
    literal !== undefined ? literal : parts[token],
  );
}

function offsetText(ms: number): string {
  if (ms === 0) return 'Z';
  const minutes = Math.abs(ms) / 60_000;
  return `${ms < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** `Utilities.parseDate` for `yyyy-MM-dd` and `yyyy-MM-dd'T'HH:mm:ss`. */
export function parseDate(text: string, zone: string, _pattern: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2}))?$/.exec(text);
  if (!m) throw new Error(`the double cannot parse ${text}`);
  const utc = Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  return new Date(utc - offsetMs(zone));
}

/**
 * How the script is running, which decides what Apps Script hands it:
 * - `sidebar`: a menu item, `google.script.run` from the sidebar, or the script editor;
 * - `simpleTrigger`: `onOpen`/`onEdit` (30 s limit);
 * - `webApp`: `doGet`/`doPost` of the deployed web app;
 * - `addonTimeDriven`: a time-driven trigger of an editor add-on (no active document);
 * - `boundTimeDriven`: a time-driven trigger of a script bound to its spreadsheet.
 */
export type ExecutionContext = 'sidebar' | 'simpleTrigger' | 'webApp' | 'addonTimeDriven' | 'boundTimeDriven';

/**
 * Execution time limits: 30 s for a simple trigger
 * (https://developers.google.com/apps-script/guides/triggers#restrictions "They cannot run for
 * longer than 30 seconds"), 6 minutes for any other execution
 * (https://developers.google.com/apps-script/guides/services/quotas "Script runtime 6 min / execution").
 */
export const EXECUTION_LIMIT_MS: Record<ExecutionContext, number> = {
  sidebar: 360_000,
  simpleTrigger: 30_000,
  webApp: 360_000,
  addonTimeDriven: 360_000,
  boundTimeDriven: 360_000,
};

/** The double's world: its clock (virtual: `Utilities.sleep` advances it), the running execution, unflushed writes. */
export class World {
  /** Milliseconds since the epoch; starts on a fixed day so nothing depends on today. */
  now = Date.UTC(2026, 10, 25, 3, 0, 0);
  context: ExecutionContext = 'sidebar';
  executionStartedAt = this.now;
  /** Writes made since the last `SpreadsheetApp.flush()`. */
  unflushedWrites = 0;
  /** Each time a lock was released while writes were still unflushed: what it was. */
  readonly releasedUnflushed: string[] = [];

  advance(ms: number): void {
    this.now += ms;
    const limit = EXECUTION_LIMIT_MS[this.context];
    if (this.now - this.executionStartedAt > limit) throw new Error('Exceeded maximum execution time');
  }
}

class SheetDouble {
  cells: StoredCell[][] = [];
  maxRows = 1000;
  maxColumns = 26;
  hidden = false;
  readonly hiddenColumns = new Set<number>();
  frozenRows = 0;
  formats: (Band & { format: string })[] = [];
  validations: (Band & { rule: unknown })[] = [];
  conditionalRules: unknown[] = [];
  protections: ProtectionDouble[] = [];

  constructor(
    public name: string,
    private readonly log: CallLog,
    private readonly world: World = new World(),
  ) {}

  /** A write the next flush (or the end of the execution) commits. */
  unflushed(): void {
    this.world.unflushedWrites++;
  }

  clock(): number {
    return this.world.now;
  }

  getName() {
    this.log.getter('getName', this.name);
    return this.name;
  }
  setName(name: string) {
    this.log.call('setName', this.name);
    this.name = name;
    return this;
  }
  isSheetHidden() {
    this.log.getter('isSheetHidden', this.name);
    return this.hidden;
  }
  hideSheet() {
    this.log.call('hideSheet', this.name);
    this.hidden = true;
    return this;
  }
  showSheet() {
    this.log.call('showSheet', this.name);
    this.hidden = false;
    return this;
  }
  getLastRow() {
    this.log.getter('getLastRow', this.name);
    return this.extent().rows;
  }
  getLastColumn() {
    this.log.getter('getLastColumn', this.name);
    return this.extent().columns;
  }
  getMaxRows() {
    this.log.getter('getMaxRows', this.name);
    return this.maxRows;
  }
  getMaxColumns() {
    this.log.getter('getMaxColumns', this.name);
    return this.maxColumns;
  }
  insertRowsAfter(_after: number, count: number) {
    this.log.call('insertRowsAfter', this.name);
    this.maxRows += count;
    return this;
  }
  getFrozenRows() {
    this.log.getter('getFrozenRows', this.name);
    return this.frozenRows;
  }
  deleteRows(row: number, count: number) {
    this.log.call('deleteRows', this.name);
    if (row < 1 || row + count - 1 > this.maxRows)
      throw new Error(`Rows ${row}+${count} are outside ${this.name}`);
    if (this.maxRows - count <= this.frozenRows)
      throw new Error('Sorry, it is not possible to delete all non-frozen rows.');
    this.cells.splice(row - 1, count);
    this.maxRows -= count;
    this.unflushed();
    return this;
  }
  insertColumnsAfter(after: number, count: number) {
    this.log.call('insertColumnsAfter', this.name);
    this.maxColumns += count;
    for (const line of this.cells)
      if (line.length > after) line.splice(after, 0, ...Array.from({ length: count }, empty));
    return this;
  }
  /**
   * `Sheet.hideColumns(columnIndex, numColumns?)`: "Hides one or more consecutive columns
   * starting at the given index" (https://developers.google.com/apps-script/reference/spreadsheet/sheet#hideColumns(Integer,Integer)).
   * Hidden columns keep their values; the double remembers which are hidden.
   */
  hideColumns(column: number, count = 1) {
    this.log.call('hideColumns', this.name);
    if (column < 1 || column + count - 1 > this.maxColumns)
      throw new Error(`Columns ${column}+${count} are outside ${this.name}`);
    for (let c = column; c < column + count; c++) this.hiddenColumns.add(c);
    return this;
  }
  getRange(row: number, column: number, rows = 1, columns = 1) {
    this.log.getter('getRange', this.name);
    if (
      row < 1 ||
      column < 1 ||
      rows < 1 ||
      columns < 1 ||
      row + rows - 1 > this.maxRows ||
      column + columns - 1 > this.maxColumns
    ) {
      throw new Error(
        `Range ${row},${column} ${rows}x${columns} is outside ${this.name} (${this.maxRows}x${this.maxColumns})`,
      );
    }
    return new RangeDouble(this, { row, column, rows, columns }, this.log);
  }
  clearContents() {
    this.log.call('clearContents', this.name);
    for (const line of this.cells) for (const cell of line) Object.assign(cell, { value: '', formula: '' });
    return this;
  }
  setFrozenRows(rows: number) {
    this.log.call('setFrozenRows', this.name);
    this.frozenRows = rows;
  }
  getConditionalFormatRules() {
    this.log.call('getConditionalFormatRules', this.name);
    return [...this.conditionalRules];
  }
  setConditionalFormatRules(rules: unknown[]) {
    this.log.call('setConditionalFormatRules', this.name);
    this.conditionalRules = [...rules];
  }
  getProtections(_type: unknown) {
    this.log.call('getProtections', this.name);
    return [...this.protections];
  }
  appendRow(values: unknown[]) {
    this.log.call('appendRow', this.name);
    const row = this.extent().rows + 1;
    for (const [c, value] of values.entries()) this.store(row, c + 1, value);
    return this;
  }

  cell(row: number, column: number): StoredCell {
    while (this.cells.length < row) this.cells.push([]);
    const line = this.cells[row - 1];
    while (line.length < column) line.push(empty());
    return line[column - 1];
  }

  peek(row: number, column: number): StoredCell {
    return this.cells[row - 1]?.[column - 1] ?? empty();
  }

  /**
   * Stores a value the way `setValues` does. Apps Script's reference is silent on how strings are
   * read, so the double follows the Sheets API's USER_ENTERED rule ("parsed as if the user typed
   * them into the UI … strings may be converted to numbers, dates, etc.",
   * https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption) and takes the
   * stricter reading wherever a th_TH spreadsheet's exact rules are not written down: `=…` and
   * `+`/`-` followed by a non-number become formulas, number-, percent-, boolean- and date-looking
   * text becomes a number, boolean or date, unless the cell is formatted as text (`@`) or the
   * text starts with an apostrophe (https://support.google.com/docs/answer/3094225 "Format numbers
   * as plain text").
   */
  store(row: number, column: number, value: unknown): void {
    this.unflushed();
    this.typed(row, column, value);
  }

  /** What a person typing into a cell leaves there: read as `store` reads it, and no script's write. */
  typed(row: number, column: number, value: unknown): void {
    const cell = this.cell(row, column);
    if (typeof value !== 'string') {
      Object.assign(cell, { value: value ?? '', formula: '' });
      return;
    }
    if (value.startsWith("'")) {
      Object.assign(cell, { value: value.slice(1), formula: '' });
      return;
    }
    if (this.formatAt(row, column) === '@') {
      Object.assign(cell, { value, formula: '' });
      return;
    }
    Object.assign(cell, { formula: '', value: typedValue(value, this.clock()) });
    const asFormula = /^=/.test(value) || /^[+-]\s*[^\s\d.]/.test(value) || /^@/.test(value);
    if (asFormula) Object.assign(cell, { value: '', formula: value.startsWith('=') ? value : `=${value}` });
  }

  formatAt(row: number, column: number): string | undefined {
    const band = [...this.formats].reverse().find((f) => inBand(f, row, column));
    return band?.format;
  }

  extent(): { rows: number; columns: number } {
    let rows = 0;
    let columns = 0;
    for (const [r, line] of this.cells.entries()) {
      for (const [c, cell] of line.entries()) {
        if (cell.value === '' && cell.formula === '') continue;
        rows = Math.max(rows, r + 1);
        columns = Math.max(columns, c + 1);
      }
    }
    return { rows, columns };
  }
}

function empty(): StoredCell {
  return { value: '', formula: '', note: '' };
}

const NUMBER_TEXT = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?%?$/;
const DATE_TEXT = /^(\d{1,4})[-/.](\d{1,2})(?:[-/.](\d{1,4}))?(?: \d{1,2}:\d{2}(?::\d{2})?)?$/;

/** What text typed into a cell becomes (see `store`): a number, boolean, date or the text itself. */
function typedValue(text: string, now: number): unknown {
  const trimmed = text.trim();
  if (/^(true|false)$/i.test(trimmed)) return trimmed.toLowerCase() === 'true';
  if (/\d/.test(trimmed) && NUMBER_TEXT.test(trimmed)) {
    const n = Number(trimmed.replace(/[,%]/g, ''));
    return trimmed.endsWith('%') ? n / 100 : n;
  }
  const date = DATE_TEXT.exec(trimmed);
  if (date) {
    const [a, b, c] = [Number(date[1]), Number(date[2]), date[3] === undefined ? undefined : Number(date[3])];
    // yyyy-mm-dd, else day/month[/year] as th_TH reads it; a missing year is this year.
    const [year, month, day] =
      date[1].length === 4 ? [a, b, c ?? 1] : [c ?? new Date(now).getUTCFullYear(), b, a];
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return new Date(Date.UTC(year, month - 1, day));
  }
  return text;
}

function inBand(band: Band, row: number, column: number): boolean {
  return (
    row >= band.row &&
    row < band.row + band.rows &&
    column >= band.column &&
    column < band.column + band.columns
  );
}

class ProtectionDouble {
  description = '';
  warningOnly = false;
  constructor(
    private readonly sheet: SheetDouble,
    readonly band: Band,
    private readonly log: CallLog,
  ) {}
  setDescription(description: string) {
    this.log.call('setDescription', this.sheet.name);
    this.description = description;
    return this;
  }
  getDescription() {
    this.log.getter('getDescription', this.sheet.name);
    return this.description;
  }
  setWarningOnly(warningOnly: boolean) {
    this.log.call('setWarningOnly', this.sheet.name);
    this.warningOnly = warningOnly;
    return this;
  }
  remove() {
    this.log.call('remove', this.sheet.name);
    this.sheet.protections = this.sheet.protections.filter((p) => p !== this);
  }
}

class RangeDouble {
  constructor(
    private readonly sheet: SheetDouble,
    readonly band: Band,
    private readonly log: CallLog,
  ) {}

  private each<T>(at: (row: number, column: number) => T): T[][] {
    return Array.from({ length: this.band.rows }, (_, r) =>
      Array.from({ length: this.band.columns }, (_, c) => at(this.band.row + r, this.band.column + c)),
    );
  }

  private checkShape(grid: unknown[][]): void {
    if (grid.length !== this.band.rows || grid.some((line) => line.length !== this.band.columns)) {
      throw new Error(
        `The data has ${grid.length} rows but the range has ${this.band.rows}, or a row has the wrong width`,
      );
    }
  }

  private rows(): [number, number] {
    return [this.band.row, this.band.row + this.band.rows - 1];
  }

  getSheet() {
    this.log.getter('getSheet', this.sheet.name);
    return this.sheet;
  }
  getRow() {
    return this.band.row;
  }
  getLastRow() {
    return this.band.row + this.band.rows - 1;
  }
  getValues() {
    this.log.call('getValues', this.sheet.name, this.rows());
    return this.each((r, c) => {
      const value = this.sheet.peek(r, c).value;
      return value instanceof Date ? new Date(value.getTime()) : value;
    });
  }
  getFormulas() {
    this.log.call('getFormulas', this.sheet.name, this.rows());
    return this.each((r, c) => this.sheet.peek(r, c).formula);
  }
  getNotes() {
    this.log.call('getNotes', this.sheet.name);
    return this.each((r, c) => this.sheet.peek(r, c).note);
  }
  setValues(values: unknown[][]) {
    this.log.call('setValues', this.sheet.name, this.rows());
    this.checkShape(values);
    for (const [r, line] of values.entries()) {
      for (const [c, value] of line.entries())
        this.sheet.store(this.band.row + r, this.band.column + c, value);
    }
    return this;
  }
  setFormulas(formulas: string[][]) {
    this.log.call('setFormulas', this.sheet.name, this.rows());
    this.checkShape(formulas);
    this.sheet.unflushed();
    for (const [r, line] of formulas.entries()) {
      for (const [c, formula] of line.entries()) {
        Object.assign(this.sheet.cell(this.band.row + r, this.band.column + c), { value: '', formula });
      }
    }
    return this;
  }
  setNotes(notes: string[][]) {
    this.log.call('setNotes', this.sheet.name);
    this.checkShape(notes);
    this.sheet.unflushed();
    for (const [r, line] of notes.entries()) {
      for (const [c, note] of line.entries())
        this.sheet.cell(this.band.row + r, this.band.column + c).note = note;
    }
    return this;
  }
  setNumberFormat(format: string) {
    this.log.call('setNumberFormat', this.sheet.name);
    this.sheet.formats.push({ ...this.band, format });
    return this;
  }
  setDataValidation(rule: unknown) {
    this.log.call('setDataValidation', this.sheet.name);
    this.sheet.validations = this.sheet.validations.filter((v) => !sameBand(v, this.band));
    this.sheet.validations.push({ ...this.band, rule });
    return this;
  }
  clearDataValidations() {
    this.log.call('clearDataValidations', this.sheet.name);
    this.sheet.validations = this.sheet.validations.filter((v) => !sameBand(v, this.band));
    return this;
  }
  protect() {
    this.log.call('protect', this.sheet.name);
    const protection = new ProtectionDouble(this.sheet, this.band, this.log);
    this.sheet.protections.push(protection);
    return protection;
  }
}

function sameBand(a: Band, b: Band): boolean {
  return a.row === b.row && a.column === b.column && a.rows === b.rows && a.columns === b.columns;
}

class SpreadsheetDouble {
  sheets: SheetDouble[] = [];
  constructor(
    private readonly log: CallLog,
    private readonly timeZone: string,
    private readonly world: World = new World(),
  ) {}
  getSheets() {
    this.log.getter('getSheets', 'spreadsheet');
    return [...this.sheets];
  }
  getNumSheets() {
    this.log.getter('getNumSheets', 'spreadsheet');
    return this.sheets.length;
  }
  getSheetByName(name: string) {
    this.log.getter('getSheetByName', name);
    return this.sheets.find((sheet) => sheet.name === name) ?? null;
  }
  insertSheet(name: string, index?: number) {
    this.log.call('insertSheet', name);
    if (this.sheets.some((sheet) => sheet.name === name))
      throw new Error(`A sheet with the name "${name}" already exists.`);
    const sheet = new SheetDouble(name, this.log, this.world);
    this.sheets.splice(index ?? this.sheets.length, 0, sheet);
    return sheet;
  }
  getName() {
    this.log.getter('getName', 'spreadsheet');
    return 'ทะเบียนเครือข่าย โรงเรียนทดสอบ';
  }
  getId() {
    this.log.getter('getId', 'spreadsheet');
    return SPREADSHEET_ID;
  }
  getSpreadsheetTimeZone() {
    this.log.getter('getSpreadsheetTimeZone', 'spreadsheet');
    return this.timeZone;
  }
  setActiveSheet(sheet: SheetDouble) {
    this.log.call('setActiveSheet', sheet.name);
    return sheet;
  }
  toast(_message: string) {
    this.log.call('toast', 'spreadsheet');
  }
}

/** The double's spreadsheet id, as `getId` gives it and the Sheets API double expects it. */
export const SPREADSHEET_ID = '1DoubleSpreadsheetIdForTheRecordingDouble0';

const A1_RANGE = /^'((?:[^']|'')*)'!([A-Z]+)(\d+):([A-Z]+)(\d+)$/;
/** What Sheets reads as a date (and time) when USER_ENTERED text is written. */
const ENTERED_DATE = /^\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2}:\d{2})?$/;

function columnNumber(letters: string): number {
  return [...letters].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);
}

/**
 * `Sheets.Spreadsheets.Values.batchUpdate` of the Sheets advanced service over the double's
 * spreadsheet: one recorded call (a Sheets API request) however many ranges. USER_ENTERED stores
 * as typing does (formulas, `'text`, numbers, dates); RAW stores strings as they are. Like the
 * API, it refuses a range past a sheet's grid.
 */
function sheetsValuesApi(log: CallLog, spreadsheet: SpreadsheetDouble, timeZone: string) {
  return {
    Spreadsheets: {
      Values: {
        batchUpdate(
          resource: { valueInputOption?: string; data?: { range?: string; values?: unknown[][] }[] },
          spreadsheetId: string,
        ) {
          log.call('Values.batchUpdate', 'spreadsheet');
          if (spreadsheetId !== SPREADSHEET_ID) throw new Error(`Requested entity was not found.`);
          const input = resource.valueInputOption;
          if (input !== 'RAW' && input !== 'USER_ENTERED') throw new Error('Invalid valueInputOption');
          let cells = 0;
          for (const { range = '', values = [] } of resource.data ?? []) {
            const m = A1_RANGE.exec(range);
            if (!m) throw new Error(`Unable to parse range: ${range}`);
            const sheet = spreadsheet.sheets.find((s) => s.name === m[1].replace(/''/g, "'"));
            if (!sheet) throw new Error(`Unable to parse range: ${range}`);
            const [row, column] = [Number(m[3]), columnNumber(m[2])];
            const [lastRow, lastColumn] = [Number(m[5]), columnNumber(m[4])];
            if (lastRow > sheet.maxRows || lastColumn > sheet.maxColumns)
              throw new Error(`Range (${range}) exceeds grid limits.`);
            if (
              values.length !== lastRow - row + 1 ||
              values.some((line) => line.length !== lastColumn - column + 1)
            )
              throw new Error(`Requested writing within range [${range}], but the values do not fit it.`);
            for (const [r, line] of values.entries()) {
              for (const [c, value] of line.entries()) {
                cells++;
                if (input === 'RAW') {
                  Object.assign(sheet.cell(row + r, column + c), { value: value ?? '', formula: '' });
                } else if (typeof value === 'string' && ENTERED_DATE.test(value)) {
                  Object.assign(sheet.cell(row + r, column + c), {
                    value: parseDate(value.replace(' ', 'T'), timeZone, ''),
                    formula: '',
                  });
                } else sheet.store(row + r, column + c, value);
              }
            }
          }
          return { spreadsheetId, totalUpdatedCells: cells };
        },
      },
    },
  };
}

/**
 * A number as Sheets shows it in a `#,##0…` pattern (https://developers.google.com/sheets/api/guides/formats,
 * "Number format tokens": `0` a digit always shown, `#` a digit shown only if significant, `.`
 * the decimal point, `,` thousands grouping). The point is a literal of the pattern, so it shows
 * even when no digit follows it.
 */
export function displayedNumber(value: number, pattern: string): string {
  if (pattern === '' || pattern === '@') return String(value);
  const [whole, fraction = ''] = pattern.split('.');
  const least = (fraction.match(/0/g) ?? []).length;
  const most = (fraction.match(/[0#]/g) ?? []).length;
  let digits = value.toFixed(most);
  if (most > least) digits = digits.replace(new RegExp(`0{1,${most - least}}$`), '');
  let [int, frac = ''] = digits.split('.');
  if (whole.includes(',')) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return pattern.includes('.') ? `${int}.${frac}` : int;
}

/** A menu as `onOpen` built it. */
export interface BuiltMenu {
  /** `addon`: the add-on's sub-menu under Extensions (named by Google after the add-on); `top`: a menu of its own. */
  kind: 'addon' | 'top';
  title: string;
  items: { label: string; functionName: string }[];
  addedToUi: boolean;
}

class UiDouble {
  readonly menus: BuiltMenu[] = [];
  readonly alerts: string[] = [];
  /** https://developers.google.com/apps-script/reference/base/ui#createAddonMenu(): the sub-menu is named after the add-on. */
  createAddonMenu() {
    return this.createMenu('', 'addon');
  }
  createMenu(title: string, kind: 'addon' | 'top' = 'top') {
    const menu: BuiltMenu = { kind, title, items: [], addedToUi: false };
    this.menus.push(menu);
    const builder = {
      addItem: (label: string, functionName: string) => {
        menu.items.push({ label, functionName });
        return builder;
      },
      addSeparator: () => builder,
      addToUi: () => {
        menu.addedToUi = true;
      },
    };
    return builder;
  }
  alert(message: string) {
    this.alerts.push(message);
  }
  /** What each `showSidebar` was given, in order. */
  readonly sidebars: unknown[] = [];
  showSidebar(output: unknown) {
    this.sidebars.push(output);
  }
}

/** A builder that records what it was told and builds it as a plain object. */
function recordingBuilder<K extends string>(
  methods: Record<K, (rule: Record<string, unknown>, ...args: never[]) => void>,
) {
  const rule: Record<string, unknown> = {};
  const builder: Record<string, unknown> = { build: () => ({ ...rule }) };
  for (const [name, record] of Object.entries(methods) as [
    K,
    (rule: Record<string, unknown>, ...args: unknown[]) => void,
  ][]) {
    builder[name] = (...args: unknown[]) => {
      record(rule, ...args);
      return builder;
    };
  }
  return builder;
}

function validationBuilder() {
  return recordingBuilder({
    requireValueInList: (rule, values: string[], dropdown: boolean) => {
      rule.list = { values, dropdown };
    },
    requireValueInRange: (rule, range: RangeDouble, dropdown: boolean) => {
      rule.range = { band: range.band, dropdown };
    },
    setAllowInvalid: (rule, allow: boolean) => {
      rule.allowInvalid = allow;
    },
    setHelpText: (rule, text: string) => {
      rule.helpText = text;
    },
  });
}

function conditionalBuilder() {
  return recordingBuilder({
    whenFormulaSatisfied: (rule, formula: string) => {
      rule.formula = formula;
    },
    setBackground: (rule, color: string) => {
      rule.background = color;
    },
    setFontColor: (rule, color: string) => {
      rule.fontColor = color;
    },
    setRanges: (rule, ranges: RangeDouble[]) => {
      rule.ranges = ranges.map((range) => range.band);
    },
  });
}

/** A fresh set of service doubles sharing one call log. */
export function createAppsScriptDouble(
  options: { timeZone?: string; locale?: string; context?: ExecutionContext } = {},
) {
  const log = new CallLog();
  const world = new World();
  world.context = options.context ?? 'sidebar';
  const timeZone = options.timeZone ?? 'Asia/Bangkok';
  const spreadsheet = new SpreadsheetDouble(log, timeZone, world);
  const ui = new UiDouble();
  const properties: Record<string, string> = {};
  const scriptProperties: Record<string, string> = {};
  const propertyStore = (store: Record<string, string>, target: string) => {
    const service = {
      getProperties: () => {
        log.call('getProperties', target);
        return { ...store };
      },
      getProperty: (key: string) => {
        log.call('getProperty', target);
        return store[key] ?? null;
      },
      setProperties: (values: Record<string, string>, deleteAllOthers?: boolean) => {
        log.call('setProperties', target);
        if (deleteAllOthers) for (const key of Object.keys(store)) delete store[key];
        Object.assign(store, values);
        return service;
      },
      setProperty: (key: string, value: string) => {
        log.call('setProperty', target);
        store[key] = value;
        return service;
      },
      deleteProperty: (key: string) => {
        log.call('deleteProperty', target);
        delete store[key];
        return service;
      },
    };
    return service;
  };
  const documentProperties = propertyStore(properties, 'document');
  /** Who holds each lock: this execution, another one (a test's stand-in), or nobody. */
  const holders: Record<'document' | 'script', 'this' | 'other' | null> = { document: null, script: null };
  // https://developers.google.com/apps-script/reference/lock/lock: waitLock throws when the lock
  // is not obtained in time, tryLock answers false; releaseLock "releases the lock".
  const lockOf = (scope: 'document' | 'script') => ({
    waitLock: (ms: number) => {
      log.call('waitLock', scope);
      if (holders[scope] === 'other') {
        world.advance(ms);
        throw new Error('Lock timeout: another process was holding the lock for too long.');
      }
      holders[scope] = 'this';
    },
    tryLock: (_ms: number) => {
      log.call('tryLock', scope);
      if (holders[scope] === 'other') return false;
      holders[scope] = 'this';
      return true;
    },
    releaseLock: () => {
      log.call('releaseLock', scope);
      // SpreadsheetApp.flush(): "Spreadsheet operations are sometimes bundled together to improve
      // performance … you may want to make sure that all pending changes are made right away"
      // (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush);
      // a lock released before that lets the next execution read the sheet without them.
      if (holders[scope] === 'this' && world.unflushedWrites > 0) world.releasedUnflushed.push(scope);
      if (holders[scope] === 'this') holders[scope] = null;
    },
    hasLock: () => holders[scope] === 'this',
  });
  const documentLock = lockOf('document');
  const scriptLock = lockOf('script');
  const inDocument = () => world.context !== 'webApp' && world.context !== 'addonTimeDriven';
  const SpreadsheetApp = {
    /**
     * Null in an add-on's time-driven trigger, which runs with no open document (the
     * authorization-mode table of
     * https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle: a
     * time-driven trigger has no access to the active document). A bound script's triggers and
     * its web app do see the spreadsheet it is bound to.
     */
    getActiveSpreadsheet: () => {
      log.getter('getActiveSpreadsheet', 'app');
      return world.context === 'addonTimeDriven' ? null : spreadsheet;
    },
    getUi: () => {
      // "Scripts can only interact with the UI for the current instance of an open editor"
      // (https://developers.google.com/apps-script/reference/base/ui): no UI in a web app or trigger.
      if (world.context === 'webApp' || world.context.endsWith('TimeDriven'))
        throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
      return ui;
    },
    flush: () => {
      log.call('flush', 'spreadsheet');
      world.unflushedWrites = 0;
    },
    newDataValidation: validationBuilder,
    newConditionalFormatRule: conditionalBuilder,
    ProtectionType: { RANGE: 'RANGE', SHEET: 'SHEET' },
  };
  /** The deployment's URLs: `/dev` is the test deployment only editors can open. */
  const deployment = {
    dev: 'https://script.google.com/macros/s/AKfycbDoubleDeploymentId/dev',
    exec: 'https://script.google.com/macros/s/AKfycbDoubleDeploymentId/exec',
  };
  const triggers: { handler: string; everyHours: number }[] = [];
  // Version-4-shaped UUIDs from a fixed sequence: distinct and well-formed, never random.
  let uuids = 0;
  const nextUuid = () => {
    const hex = (++uuids * 2654435761 + 0x9e3779b9).toString(16).padStart(8, '0').slice(-8);
    return `${hex}-${hex.slice(0, 4)}-4${hex.slice(1, 4)}-8${hex.slice(4, 7)}-${hex}${hex.slice(0, 4)}`;
  };
  /** What the script wrote with `console.*` (Apps Script sends it to the execution log). */
  const logged: string[] = [];
  return {
    log,
    world,
    spreadsheet,
    ui,
    properties,
    scriptProperties,
    deployment,
    triggers,
    displayed: displayedNumber,
    logged,
    isLocked: () => holders.document === 'this' || holders.script === 'this',
    /** Another execution takes (or gives back) a lock. */
    holdLock: (scope: 'document' | 'script', held: boolean) => {
      holders[scope] = held ? 'other' : null;
    },
    /** Starts a new execution in `context`: its own clock budget, nothing unflushed. */
    runAs: (context: ExecutionContext) => {
      world.context = context;
      world.executionStartedAt = world.now;
      world.unflushedWrites = 0;
      for (const scope of ['document', 'script'] as const)
        if (holders[scope] === 'this') holders[scope] = null;
    },
    SpreadsheetApp,
    PropertiesService: {
      getDocumentProperties: () => documentProperties,
      getScriptProperties: () => propertyStore(scriptProperties, 'script'),
    },
    LockService: {
      /**
       * "If this method is called outside of the context of a containing document (such as from
       * a standalone script or webapp), null is returned."
       * (https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock())
       */
      getDocumentLock: () => (inDocument() ? documentLock : null),
      getScriptLock: () => scriptLock,
    },
    ScriptApp: {
      /**
       * `getService().getUrl()`: from the editor or a sidebar Apps Script gives the `/dev` URL of
       * the test deployment, which "is only accessible to users who have edit access to the
       * script" (https://developers.google.com/apps-script/guides/web#test_a_web_app_deployment);
       * only a request to the deployed web app sees its `/exec` URL.
       */
      getService: () => ({ getUrl: () => (world.context === 'webApp' ? deployment.exec : deployment.dev) }),
      getProjectTriggers: () => triggers.map((trigger) => ({ getHandlerFunction: () => trigger.handler })),
      newTrigger: (handler: string) => ({
        timeBased: () => ({
          everyHours: (everyHours: number) => ({
            create: () => {
              // Add-on time-driven triggers run at most hourly
              // (https://developers.google.com/workspace/add-ons/concepts/editor-triggers).
              if (everyHours < 1) throw new Error('Add-ons may run a time-driven trigger at most hourly');
              triggers.push({ handler, everyHours });
            },
          }),
        }),
      }),
      deleteTrigger: (trigger: { getHandlerFunction(): string }) => {
        const at = triggers.findIndex((t) => t.handler === trigger.getHandlerFunction());
        if (at >= 0) triggers.splice(at, 1);
      },
      requireScopes: () => undefined,
      AuthMode: { FULL: 'FULL', LIMITED: 'LIMITED', NONE: 'NONE' },
    },
    Sheets: sheetsValuesApi(log, spreadsheet, timeZone),
    Utilities: {
      formatDate,
      parseDate,
      getUuid: () => nextUuid(),
      /** Advances the double's clock instead of waiting (https://developers.google.com/apps-script/reference/utilities/utilities#sleep(Integer)). */
      sleep: (ms: number) => world.advance(ms),
    },
    Session: { getActiveUserLocale: () => options.locale ?? 'th' },
    ContentService: {
      MimeType: { JSON: 'JSON' },
      createTextOutput: (content: string) => {
        const output = {
          content,
          mimeType: 'TEXT',
          setMimeType: (type: string) => Object.assign(output, { mimeType: type }),
        };
        return output;
      },
    },
  };
}

export type AppsScriptDouble = ReturnType<typeof createAppsScriptDouble>;
