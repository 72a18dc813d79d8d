import { cp, mkdir, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Language } from '../../../shared/i18n/language';
import { idNumber } from '../../../shared/ids/ids';
import { emptyCounters, type Register, type Row } from '../../../shared/register/register';
import { DATA_TABS, type DataTabKey } from '../../../shared/schema/tabs';
import { DEFAULT_SETTINGS } from '../../../shared/settings/settings';
import { appendRowsToGrid, updateRowsInGrid } from '../../../shared/table/appendRows';
import type { Grid } from '../../../shared/table/grid';
import { headerRow } from '../../../shared/table/rowsToGrid';
import {
  commitFolderFiles,
  isBookkeeping,
  listFolderFiles,
  readFolderFile,
  readJournal,
} from './folderCommit';
import { withFolderLock } from './folderLock';
import { gridFileText, readGrid, sheetFileName } from './gridFiles';
import { folderError } from './messages';
import { META_FILE, metaFileText, REGISTER_FORMAT, REGISTER_FORMAT_VERSION, readMeta } from './registerMeta';

/** One writer at a time on a register folder (this process and others); see withFolderLock. */
export const withRegisterLock = withFolderLock;

/**
 * A tab file's text with rows appended, keeping every existing line and every column the tab
 * does not know (formula columns, a person's own).
 */
async function appendedTabText(
  dir: string,
  tab: DataTabKey,
  rows: readonly Row[],
  language: Language,
): Promise<string> {
  const grid = (await readGrid(dir, tab)) ?? [];
  return gridFileText(appendRowsToGrid(tab, grid, rows, language));
}

/** Appends rows to a tab's file under the folder lock; enum cells are written as labels of the register's language. */
export async function appendRows(dir: string, tab: DataTabKey, rows: readonly Row[]): Promise<void> {
  if (rows.length === 0) return;
  await withFolderLock(dir, async () => {
    const meta = await readMeta(dir);
    const text = await appendedTabText(dir, tab, rows, meta?.language === 'en' ? 'en' : 'th');
    await commitFolderFiles(dir, new Map([[sheetFileName(tab), text]]));
  });
}

/**
 * Saves what an import did, as one commit: the rows it updated rewritten in place, each tab's
 * new rows appended and the counters in register.json (other keys kept) become visible together
 * or not at all. The caller holds the folder lock.
 */
export async function saveAddedRows(
  dir: string,
  register: Register,
  newRows: Partial<Record<DataTabKey, readonly Row[]>>,
  updatedRows: Partial<Record<DataTabKey, readonly Row[]>> = {},
): Promise<void> {
  const files = new Map<string, string>();
  for (const tab of DATA_TABS) {
    const updated = updatedRows[tab.key] ?? [];
    const added = newRows[tab.key] ?? [];
    if (updated.length === 0 && added.length === 0) continue;
    let grid: Grid = (await readGrid(dir, tab.key)) ?? [];
    if (updated.length > 0) grid = updateRowsInGrid(tab.key, grid, updated, register.language);
    if (added.length > 0) grid = appendRowsToGrid(tab.key, grid, added, register.language);
    files.set(sheetFileName(tab.key), gridFileText(grid));
  }
  const meta = (await readMeta(dir)) ?? {};
  files.set(
    META_FILE,
    metaFileText({
      format: REGISTER_FORMAT,
      version: REGISTER_FORMAT_VERSION,
      ...meta,
      counters: { ...(meta.counters ?? {}), ...countersAboveIds(register) },
    }),
  );
  await commitFolderFiles(dir, files);
}

/** Each counter at least the highest id its tab uses (a folder written by other tools has ids but no counters). */
function countersAboveIds(register: Register): Register['counters'] {
  const counters = { ...register.counters };
  for (const tab of DATA_TABS)
    for (const row of register.tables[tab.key])
      counters[tab.key] = Math.max(counters[tab.key], idNumber(tab.key, row.id) ?? 0);
  return counters;
}

async function isRegisterFolder(dir: string): Promise<boolean> {
  let files: string[];
  try {
    files = await listFolderFiles(dir);
  } catch {
    return false;
  }
  return files.includes('register.json') || DATA_TABS.some((tab) => files.includes(sheetFileName(tab.key)));
}

/** Makes an empty register: register.json and a header-only CSV per tab in the language. Refuses to overwrite one. */
export async function initRegisterFolder(dir: string, options: { language: Language }): Promise<void> {
  if (await isRegisterFolder(dir)) throw folderError('folder.exists', { dir });
  await mkdir(dir, { recursive: true });
  await withFolderLock(dir, async () => {
    const files = new Map<string, string>();
    for (const tab of DATA_TABS)
      files.set(sheetFileName(tab.key), gridFileText([headerRow(tab.key, options.language)]));
    files.set(
      META_FILE,
      metaFileText({
        format: REGISTER_FORMAT,
        version: REGISTER_FORMAT_VERSION,
        language: options.language,
        counters: emptyCounters(),
        settings: { ...DEFAULT_SETTINGS, language: options.language },
      }),
    );
    await commitFolderFiles(dir, files);
  });
}

/** Copies a register folder (every file, unknown ones included) to a new place; refuses to overwrite a register. */
export async function copyRegisterFolder(from: string, to: string): Promise<void> {
  if (!(await isRegisterFolder(from))) {
    try {
      await stat(from);
    } catch {
      throw folderError('folder.missing', { dir: from });
    }
    throw folderError('folder.not_register', { dir: from });
  }
  if (await isRegisterFolder(to)) throw folderError('folder.exists', { dir: to });
  // The folder's own bookkeeping (lock, journal, half-written files) stays behind.
  await cp(from, to, {
    recursive: true,
    errorOnExist: true,
    force: false,
    filter: (source) => !isBookkeeping(basename(source)),
  });
  // A commit interrupted in the source: its new files are the source's state.
  for (const file of (await readJournal(from)).files.map((entry) => entry.file)) {
    const bytes = await readFolderFile(from, file);
    if (bytes !== null) await writeFile(join(to, file), bytes);
  }
}
