import { isLanguage } from '../../shared/i18n/language';
import { foldLabel } from '../../shared/schema/headerText';
import { DATA_TABS, GENERATED_TABS } from '../../shared/schema/tabs';
import { isFormulaLike } from '../../shared/text/formulaText';
import { type MemorySheet, MemoryWorkbook } from '../core/memoryWorkbook';
import { PROPERTY } from '../core/registerProperties';
import { SNAPSHOT_SHEET } from '../core/sheetLocator';
import type { SheetCell } from '../core/workbook';
import { nodeRegisterFolder, type RegisterFolderIo } from './fileWorkbookFolder';
import {
  gridFileText,
  META_FILE,
  metaFileText,
  RegisterFolderError,
  readFolderConsistently,
  sheetFileName,
  withFolderLock,
} from './registerFolder';

/** register.json's key for what the workbook keeps beside the grids (other keys are left alone). */
export const WORKBOOK_META_KEY = 'workbook';

/** Files of the sheets the register keeps besides the data tabs. */
const GENERATED_FILES: Record<keyof typeof GENERATED_TABS, string> = {
  summary: 'summary',
  district: 'district',
  settings: 'settings',
  lists: 'lists',
  captureLog: 'capture_log',
};

type SheetMeta = Omit<MemorySheet, 'cells'> & { file: string; notes: [number, number, string][] };

interface WorkbookMeta {
  sheets: SheetMeta[];
  properties: Record<string, string>;
}

/**
 * The Workbook port over a register folder, for the local host: each sheet is one CSV grid
 * (`partners.csv` … by tab key; `settings.csv`, `lists.csv`, `summary.csv`, `capture_log.csv`),
 * and what a CSV can't hold (names, hidden, frozen rows, notes, dropdowns, formats, properties)
 * lives under `workbook` in register.json. Formula cells are stored as `=…`; text that looks
 * like a formula is stored with a leading apostrophe.
 *
 * Open it, run an action, then `save()`: only the sheets that changed are rewritten.
 */
export class FileWorkbook extends MemoryWorkbook {
  private readonly files = new Map<MemorySheet, string>();
  private readonly clean = new Map<MemorySheet, string>();
  /** register.json as the folder holds it, in the form `metaToSave` gives. */
  private savedMeta = '';

  private constructor(
    readonly dir: string,
    private meta: Record<string, unknown>,
    private readonly io: RegisterFolderIo,
  ) {
    super();
  }

  static async open(dir: string, io: RegisterFolderIo = nodeRegisterFolder): Promise<FileWorkbook> {
    const meta = await io.readMeta(dir);
    const book = new FileWorkbook(dir, meta, io);
    const saved = (meta[WORKBOOK_META_KEY] ?? { sheets: [], properties: {} }) as WorkbookMeta;
    const language = isLanguage(meta.language) ? meta.language : 'th';
    const listed = new Set(saved.sheets.map((sheet) => sheet.file));
    const known: SheetMeta[] = [...saved.sheets];
    // A folder written by other tools (or by hand) has data files but no workbook metadata yet.
    for (const tab of DATA_TABS) {
      if (!listed.has(tab.key)) known.push(blankMeta(tab.key, tab.label[language]));
    }
    for (const sheetMeta of known) {
      const grid = await io.readGrid(dir, sheetMeta.file);
      if (grid === null && !listed.has(sheetMeta.file)) continue;
      const { file, notes, ...rest } = sheetMeta;
      const sheet: MemorySheet = { ...rest, cells: [] };
      book.state.sheets.push(sheet);
      book.files.set(sheet, file);
      (grid ?? []).forEach((line, r) => {
        sheet.cells.push(line.map((text, c) => ({ ...cellFromFile(text, formatAt(sheet, r + 1, c + 1)) })));
      });
      for (const [row, column, note] of notes) {
        while (sheet.cells.length < row) sheet.cells.push([]);
        const line = sheet.cells[row - 1];
        while (line.length < column) line.push({ value: null });
        line[column - 1].note = note;
      }
      book.clean.set(sheet, JSON.stringify(gridForFile(sheet)));
    }
    Object.assign(book.state.properties, saved.properties, registerFields(meta));
    book.savedMeta = JSON.stringify(book.metaToSave());
    return book;
  }

  override createSheet(name: string, options: { hidden?: boolean } = {}): void {
    super.createSheet(name, options);
    const sheet = this.sheet(name);
    this.files.set(sheet, this.fileFor(name));
  }

  /** Saved as one commit per action (see `save`): a capture batch needs no row marks here. */
  readonly commitsActions = true;
  /** An action under the lock threw part-way: what it wrote before is not saved. */
  private failedAction = false;

  override withLock<T>(task: () => T): T {
    try {
      return super.withLock(task);
    } catch (error) {
      this.failedAction = true;
      throw error;
    }
  }

  /** Whether anything differs from what the folder holds (a read-only action changes nothing). */
  hasChanges(): boolean {
    return this.changedFiles().size > 0;
  }

  /**
   * Writes every changed sheet and register.json (other tools' keys kept) as one commit: all
   * visible together or none, even if the process dies half-way. Writes nothing when nothing
   * changed, or when an action under the lock failed.
   */
  async save(): Promise<void> {
    // Whole or not at all: a failure caught by its caller (a capture batch answered "failed")
    // must not leave half of the action in the folder.
    if (this.failedAction) return;
    const files = this.changedFiles();
    if (files.size === 0) return;
    await this.io.commit(this.dir, files);
    for (const sheet of this.state.sheets) this.clean.set(sheet, JSON.stringify(gridForFile(sheet)));
    this.meta = this.metaToSave();
    this.savedMeta = JSON.stringify(this.meta);
  }

  /** The files that differ from the folder, by name → their new text. */
  private changedFiles(): Map<string, string> {
    const files = new Map<string, string>();
    for (const sheet of this.state.sheets) {
      const grid = gridForFile(sheet);
      if (this.clean.get(sheet) === JSON.stringify(grid)) continue;
      files.set(sheetFileName(this.files.get(sheet)!), gridFileText(grid));
    }
    const meta = this.metaToSave();
    if (files.size > 0 || JSON.stringify(meta) !== this.savedMeta) files.set(META_FILE, metaFileText(meta));
    return files;
  }

  /** register.json as this workbook's state makes it. */
  private metaToSave(): Record<string, unknown> {
    const {
      [PROPERTY.language]: language,
      [PROPERTY.counters]: counters,
      [PROPERTY.settings]: settings,
      ...rest
    } = this.state.properties;
    const workbook: WorkbookMeta = {
      sheets: this.state.sheets.map((sheet) => {
        const { cells, ...fields } = sheet;
        const notes: [number, number, string][] = [];
        cells.forEach((line, r) => {
          line.forEach((cell, c) => {
            if (cell.note) notes.push([r + 1, c + 1, cell.note]);
          });
        });
        return { ...fields, file: this.files.get(sheet)!, notes };
      }),
      properties: rest,
    };
    return {
      format: 'netreg-register',
      version: 1,
      ...this.meta,
      ...(language ? { language } : {}),
      ...(counters ? { counters: JSON.parse(counters) } : {}),
      ...(settings ? { settings: JSON.parse(settings) } : {}),
      [WORKBOOK_META_KEY]: workbook,
    };
  }

  /** The file a new sheet is kept in: the tab key for the register's own sheets, a slug otherwise. */
  private fileFor(name: string): string {
    const folded = foldLabel(name);
    const tab = DATA_TABS.find((def) =>
      [def.key, def.label.th, def.label.en, ...(def.aliases ?? [])].some((n) => foldLabel(n) === folded),
    );
    let file: string | undefined = tab?.key;
    for (const [which, labels] of Object.entries(GENERATED_TABS)) {
      if (!file && [which, labels.th, labels.en].some((n) => foldLabel(n) === folded)) {
        file = GENERATED_FILES[which as keyof typeof GENERATED_TABS];
      }
    }
    if (!file && name === SNAPSHOT_SHEET) file = SNAPSHOT_SHEET;
    file ??= `sheet_${[...name].map((ch) => (/[a-z0-9]/i.test(ch) ? ch.toLowerCase() : ch.codePointAt(0)!.toString(16))).join('')}`;
    const taken = new Set(this.files.values());
    let unique = file;
    for (let n = 2; taken.has(unique); n++) unique = `${file}_${n}`;
    return unique;
  }
}

function blankMeta(file: string, name: string): SheetMeta {
  return {
    file,
    name,
    hidden: false,
    frozenRows: 0,
    validations: [],
    formats: [],
    conditionalRules: [],
    protections: [],
    notes: [],
  };
}

/** The register-level fields of register.json, as the document properties the core reads. */
function registerFields(meta: Record<string, unknown>): Record<string, string> {
  const fields: Record<string, string> = {};
  if (isLanguage(meta.language)) fields[PROPERTY.language] = meta.language;
  if (meta.counters && typeof meta.counters === 'object')
    fields[PROPERTY.counters] = JSON.stringify(meta.counters);
  if (meta.settings && typeof meta.settings === 'object')
    fields[PROPERTY.settings] = JSON.stringify(meta.settings);
  return fields;
}

function formatAt(sheet: MemorySheet, row: number, column: number): string | undefined {
  const band = [...sheet.formats]
    .reverse()
    .find(
      ({ span }) =>
        row >= span.fromRow &&
        (span.rows === undefined || row < span.fromRow + span.rows) &&
        column >= span.column &&
        column < span.column + (span.columns ?? 1),
    );
  return band?.format;
}

/** A CSV cell as a sheet holds it: `=…` a formula, `'…` text, digits a number unless the column is text. */
export function cellFromFile(
  text: string,
  format: string | undefined,
): { value: SheetCell; formula?: string } {
  if (text === '') return { value: null };
  if (text.startsWith('=')) return { value: null, formula: text };
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (format !== '@' && /^-?\d+(?:\.\d+)?$/.test(text) && !/^-?0\d/.test(text))
    return { value: Number(text) };
  return { value: text };
}

/** A sheet cell as CSV text: the inverse of `cellFromFile`. */
export function cellForFile(value: SheetCell, formula: string | undefined): string {
  if (formula) return formula;
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return String(value);
  return isFormulaLike(value) || value.startsWith("'") ? `'${value}` : value;
}

function gridForFile(sheet: MemorySheet): string[][] {
  const width = Math.max(0, ...sheet.cells.map((line) => line.length));
  let last = sheet.cells.length;
  const grid = sheet.cells.map((line) =>
    Array.from({ length: width }, (_, c) => cellForFile(line[c]?.value ?? null, line[c]?.formula)),
  );
  while (last > 0 && grid[last - 1].every((text) => text === '')) last--;
  const rows = grid.slice(0, last);
  let right = width;
  while (right > 0 && rows.every((line) => line[right - 1] === '')) right--;
  return rows.map((line) => line.slice(0, right));
}

/** One action at a time per folder: the local host's stand-in for the document lock. */
const queues = new Map<string, Promise<unknown>>();

/**
 * Opens the folder, runs one add-on action on it and saves what changed as one commit; actions
 * on the same folder run one after another, so two requests never interleave their reads and
 * writes. On a full disk or a read-only folder, where not even the lock can be taken, the action
 * still runs on what the folder holds: a read answers, a change is refused with that reason.
 */
export function withFileWorkbook<T>(
  dir: string,
  action: (workbook: FileWorkbook) => T,
  io: RegisterFolderIo = nodeRegisterFolder,
): Promise<T> {
  const previous = queues.get(dir) ?? Promise.resolve();
  const run = previous
    .catch(() => undefined)
    // The folder lock keeps the CLI (another process) from writing between our read and our save.
    .then(() =>
      withFolderLock(dir, async () => {
        const workbook = await FileWorkbook.open(dir, io);
        const result = action(workbook);
        await workbook.save();
        return result;
      }).catch(async (error: unknown) => {
        if (!isUnwritable(error)) throw error;
        const workbook = await readFolderConsistently(dir, () => FileWorkbook.open(dir, io));
        const result = action(workbook);
        if (workbook.hasChanges()) throw error;
        return result;
      }),
    );
  queues.set(dir, run);
  return run;
}

/** Runs a read on the folder as its last commit left it, without the lock; nothing is ever saved. */
export async function readFileWorkbook<T>(
  dir: string,
  read: (workbook: FileWorkbook) => T,
  io: RegisterFolderIo = nodeRegisterFolder,
): Promise<T> {
  return read(await readFolderConsistently(dir, () => FileWorkbook.open(dir, io)));
}

function isUnwritable(error: unknown): boolean {
  return (
    error instanceof RegisterFolderError &&
    (error.reason.code === 'folder.full' || error.reason.code === 'folder.read_only')
  );
}
