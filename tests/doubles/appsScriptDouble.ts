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

export class CallLog {
  readonly calls: RecordedCall[] = [];
  readonly getters: RecordedCall[] = [];

  call(method: string, target: string): void {
    this.calls.push({ method, target });
  }

  getter(method: string, target: string): void {
    this.getters.push({ method, target });
  }

  reset(): void {
    this.calls.length = 0;
    this.getters.length = 0;
  }

  /** Calls that read or write cell data, or a lock or a property: the design's count. */
  dataCalls(): RecordedCall[] {
    return this.calls.filter((call) => !STRUCTURAL_METHODS.has(call.method));
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
  };
  return pattern.replace(/'([^']*)'|yyyy|MM|dd|HH|mm|ss/g, (token, literal: string | undefined) =>
    literal !== undefined ? literal : parts[token],
  );
}

/** `Utilities.parseDate` for `yyyy-MM-dd` and `yyyy-MM-dd'T'HH:mm:ss`. */
export function parseDate(text: string, zone: string, _pattern: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2}))?$/.exec(text);
  if (!m) throw new Error(`the double cannot parse ${text}`);
  const utc = Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  return new Date(utc - offsetMs(zone));
}

class SheetDouble {
  cells: StoredCell[][] = [];
  maxRows = 1000;
  maxColumns = 26;
  hidden = false;
  frozenRows = 0;
  formats: (Band & { format: string })[] = [];
  validations: (Band & { rule: unknown })[] = [];
  conditionalRules: unknown[] = [];
  protections: ProtectionDouble[] = [];

  constructor(
    public name: string,
    private readonly log: CallLog,
  ) {}

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
    return this;
  }
  insertColumnsAfter(after: number, count: number) {
    this.log.call('insertColumnsAfter', this.name);
    this.maxColumns += count;
    for (const line of this.cells)
      if (line.length > after) line.splice(after, 0, ...Array.from({ length: count }, empty));
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

  /** Stores a value the way Sheets does: `=…` is a formula, a leading `'` marks text, digits become numbers. */
  store(row: number, column: number, value: unknown): void {
    const cell = this.cell(row, column);
    if (typeof value === 'string' && value.startsWith('=')) {
      Object.assign(cell, { value: '', formula: value });
    } else if (typeof value === 'string' && value.startsWith("'")) {
      Object.assign(cell, { value: value.slice(1), formula: '' });
    } else if (
      typeof value === 'string' &&
      /^-?\d+(\.\d+)?$/.test(value) &&
      this.formatAt(row, column) !== '@'
    ) {
      Object.assign(cell, { value: Number(value), formula: '' });
    } else if (
      typeof value === 'string' &&
      /^\d{1,2}[-/]\d{1,2}$/.test(value) &&
      this.formatAt(row, column) !== '@'
    ) {
      // Sheets reads `05-16` or `1/2` set into a cell as a date of the current year.
      const [month, day] = value.split(/[-/]/).map(Number);
      Object.assign(cell, {
        value: new Date(Date.UTC(new Date().getUTCFullYear(), month - 1, day)),
        formula: '',
      });
    } else {
      Object.assign(cell, { value: value ?? '', formula: '' });
    }
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
    this.log.call('getValues', this.sheet.name);
    return this.each((r, c) => {
      const value = this.sheet.peek(r, c).value;
      return value instanceof Date ? new Date(value.getTime()) : value;
    });
  }
  getFormulas() {
    this.log.call('getFormulas', this.sheet.name);
    return this.each((r, c) => this.sheet.peek(r, c).formula);
  }
  getNotes() {
    this.log.call('getNotes', this.sheet.name);
    return this.each((r, c) => this.sheet.peek(r, c).note);
  }
  setValues(values: unknown[][]) {
    this.log.call('setValues', this.sheet.name);
    this.checkShape(values);
    for (const [r, line] of values.entries()) {
      for (const [c, value] of line.entries())
        this.sheet.store(this.band.row + r, this.band.column + c, value);
    }
    return this;
  }
  setFormulas(formulas: string[][]) {
    this.log.call('setFormulas', this.sheet.name);
    this.checkShape(formulas);
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
    const sheet = new SheetDouble(name, this.log);
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

/** A menu as `onOpen` built it. */
export interface BuiltMenu {
  title: string;
  items: { label: string; functionName: string }[];
  addedToUi: boolean;
}

class UiDouble {
  readonly menus: BuiltMenu[] = [];
  readonly alerts: string[] = [];
  createMenu(title: string) {
    const menu: BuiltMenu = { title, items: [], addedToUi: false };
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
export function createAppsScriptDouble(options: { timeZone?: string; locale?: string } = {}) {
  const log = new CallLog();
  const timeZone = options.timeZone ?? 'Asia/Bangkok';
  const spreadsheet = new SpreadsheetDouble(log, timeZone);
  const ui = new UiDouble();
  const properties: Record<string, string> = {};
  let locked = false;
  const documentProperties = {
    getProperties: () => {
      log.call('getProperties', 'document');
      return { ...properties };
    },
    getProperty: (key: string) => {
      log.call('getProperty', 'document');
      return properties[key] ?? null;
    },
    setProperties: (values: Record<string, string>, deleteAllOthers?: boolean) => {
      log.call('setProperties', 'document');
      if (deleteAllOthers) for (const key of Object.keys(properties)) delete properties[key];
      Object.assign(properties, values);
      return documentProperties;
    },
    setProperty: (key: string, value: string) => {
      log.call('setProperty', 'document');
      properties[key] = value;
      return documentProperties;
    },
    deleteProperty: (key: string) => {
      log.call('deleteProperty', 'document');
      delete properties[key];
      return documentProperties;
    },
  };
  const documentLock = {
    waitLock: (_ms: number) => {
      log.call('waitLock', 'document');
      if (locked) throw new Error('Lock timeout: another process was holding the lock for too long.');
      locked = true;
    },
    tryLock: (_ms: number) => {
      log.call('tryLock', 'document');
      if (locked) return false;
      locked = true;
      return true;
    },
    releaseLock: () => {
      log.call('releaseLock', 'document');
      locked = false;
    },
    hasLock: () => locked,
  };
  const SpreadsheetApp = {
    getActiveSpreadsheet: () => {
      log.getter('getActiveSpreadsheet', 'app');
      return spreadsheet;
    },
    getUi: () => ui,
    newDataValidation: validationBuilder,
    newConditionalFormatRule: conditionalBuilder,
    ProtectionType: { RANGE: 'RANGE', SHEET: 'SHEET' },
  };
  return {
    log,
    spreadsheet,
    ui,
    properties,
    isLocked: () => locked,
    SpreadsheetApp,
    PropertiesService: { getDocumentProperties: () => documentProperties },
    LockService: { getDocumentLock: () => documentLock },
    Sheets: sheetsValuesApi(log, spreadsheet, timeZone),
    Utilities: { formatDate, parseDate, getUuid: () => 'uuid-0001' },
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
