import { cp, mkdir, readdir, stat } from 'node:fs/promises';
import type { Language } from '../../../shared/i18n/language';
import { emptyCounters, type Register, type Row } from '../../../shared/register/register';
import { DATA_TABS, type DataTabKey } from '../../../shared/schema/tabs';
import { DEFAULT_SETTINGS } from '../../../shared/settings/settings';
import { appendRowsToGrid } from '../../../shared/table/appendRows';
import { headerRow } from '../../../shared/table/rowsToGrid';
import { LOCK_FILE, withFolderLock } from './folderLock';
import { readGrid, sheetFileName, writeGrid } from './gridFiles';
import { folderError } from './messages';
import { REGISTER_FORMAT, REGISTER_FORMAT_VERSION, readMeta, writeMeta } from './registerMeta';

/** One writer at a time on a register folder (this process and others); see withFolderLock. */
export const withRegisterLock = withFolderLock;

/**
 * Appends rows to a tab's file, keeping every existing line and every column the tab does not
 * know (formula columns, a person's own). The caller holds the folder lock.
 */
export async function appendTabRows(
  dir: string,
  tab: DataTabKey,
  rows: readonly Row[],
  language: Language,
): Promise<void> {
  if (rows.length === 0) return;
  const grid = (await readGrid(dir, tab)) ?? [];
  await writeGrid(dir, tab, appendRowsToGrid(tab, grid, rows, language));
}

/** Appends rows to a tab's file under the folder lock; enum cells are written as labels of the register's language. */
export async function appendRows(dir: string, tab: DataTabKey, rows: readonly Row[]): Promise<void> {
  await withFolderLock(dir, async () => {
    const meta = await readMeta(dir);
    await appendTabRows(dir, tab, rows, meta?.language === 'en' ? 'en' : 'th');
  });
}

/**
 * Writes what an import added: each tab's new rows appended, then the counters in
 * register.json (other keys kept). Ids are allocated above every id in the files, so a crash
 * between the two writes never leads to an id being reused.
 */
export async function saveAddedRows(
  dir: string,
  register: Register,
  newRows: Partial<Record<DataTabKey, readonly Row[]>>,
): Promise<void> {
  for (const tab of DATA_TABS) {
    const rows = newRows[tab.key];
    if (rows && rows.length > 0) await appendTabRows(dir, tab.key, rows, register.language);
  }
  const meta = (await readMeta(dir)) ?? {};
  await writeMeta(dir, {
    format: REGISTER_FORMAT,
    version: REGISTER_FORMAT_VERSION,
    ...meta,
    counters: { ...(meta.counters ?? {}), ...register.counters },
  });
}

async function isRegisterFolder(dir: string): Promise<boolean> {
  let files: string[];
  try {
    files = await readdir(dir);
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
    for (const tab of DATA_TABS) await writeGrid(dir, tab.key, [headerRow(tab.key, options.language)]);
    await writeMeta(dir, {
      format: REGISTER_FORMAT,
      version: REGISTER_FORMAT_VERSION,
      language: options.language,
      counters: emptyCounters(),
      settings: { ...DEFAULT_SETTINGS, language: options.language },
    });
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
  await cp(from, to, {
    recursive: true,
    errorOnExist: true,
    force: false,
    filter: (source) => !source.endsWith(LOCK_FILE) && !source.endsWith('.tmp'),
  });
}
